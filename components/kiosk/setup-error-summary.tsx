"use client";

import { useEffect, useRef } from "react";

/**
 * GOV.UK error summary: takes focus when it appears (screen readers announce it, the page scrolls
 * to it) and links to the field that needs fixing.
 */
export function SetupErrorSummary({ message, fieldId }: { message: string; fieldId: string }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, [message]);
  return (
    <div ref={ref} tabIndex={-1} aria-labelledby="error-summary-title" className="mb-8 rounded-xl border-4 border-accent-700 bg-white px-6 py-5 outline-none focus:ring-4 focus:ring-amber-400">
      <h2 id="error-summary-title" className="text-2xl font-bold text-ink">
        注册没有成功
      </h2>
      <ul className="mt-3 text-xl">
        <li>
          <a href={`#${fieldId}`} className="inline-flex min-h-[60px] items-center font-bold text-accent-700 underline underline-offset-4">
            {message}
          </a>
        </li>
      </ul>
    </div>
  );
}
