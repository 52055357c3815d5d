import type { Metadata } from "next";
import Link from "next/link";
import { NotFoundMessage } from "@/components/kiosk/not-found-message";

export const metadata: Metadata = { title: "页面不存在" };

/**
 * Unmatched URLs render here, inside the root layout only (no kiosk header), so this page brings
 * its own banner and main landmark.
 */
export default function NotFound() {
  return (
    <div className="flex min-h-screen flex-col">
      <header className="bg-brand-700 px-6 py-3 text-white shadow-md">
        <Link href="/" className="mx-auto flex min-h-[60px] max-w-[1800px] items-center gap-3 text-2xl font-bold tracking-wide">
          <span aria-hidden className="grid h-12 w-12 place-items-center rounded-full bg-white text-xl font-black text-accent-700">
            公
          </span>
          道县政务公开
        </Link>
      </header>
      <main id="main" className="mx-auto w-full max-w-[1800px] flex-1 px-6 py-6">
        <NotFoundMessage />
      </main>
    </div>
  );
}
