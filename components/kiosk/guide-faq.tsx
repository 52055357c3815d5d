import type { GuideElements } from "@/app/_shared/guides/schema";

/** 常见问题 as question-and-answer pairs; "问" and "答" are written out, not implied by style. */
export function GuideFaq({ faq, compact = false }: { faq: GuideElements["faq"]; compact?: boolean }) {
  return (
    <ul className="space-y-5">
      {faq.map((entry, index) => (
        <li key={index} className="border-b border-slate-200 pb-4 last:border-b-0 last:pb-0">
          <h3 className={`font-bold leading-snug text-brand-800 ${compact ? "text-lg" : "text-2xl"}`}>
            问：
            {entry.q}
          </h3>
          <p className="mt-2">
            <span className="font-bold">答：</span>
            {entry.a}
          </p>
        </li>
      ))}
    </ul>
  );
}
