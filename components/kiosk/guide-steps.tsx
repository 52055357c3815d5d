import type { GuideElements } from "@/app/_shared/guides/schema";

/** 办理流程 as an ordered list: a big step number, the step's title and what happens in it. */
export function GuideSteps({ steps, compact = false }: { steps: GuideElements["steps"]; compact?: boolean }) {
  return (
    <ol aria-label="办理步骤" className={compact ? "space-y-3" : "space-y-4"}>
      {steps.map((step, index) => (
        <li key={index} className={`flex ${compact ? "gap-3" : "gap-4"}`}>
          <span
            aria-hidden
            className={`grid shrink-0 place-items-center rounded-full bg-brand-700 font-bold text-white ${compact ? "h-8 w-8 text-lg" : "h-12 w-12 text-2xl"}`}
          >
            {index + 1}
          </span>
          <div className="min-w-0 flex-1 border-b border-slate-200 pb-4">
            <h3 className={`font-bold leading-snug text-brand-800 ${compact ? "text-lg" : "text-2xl"}`}>
              <span className="sr-only">第{index + 1}步：</span>
              {step.title}
            </h3>
            <p className="mt-1">{step.detail}</p>
          </div>
        </li>
      ))}
    </ol>
  );
}
