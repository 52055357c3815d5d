/**
 * Small labelled tag. The text always carries the meaning; the tone only helps scanning, so no
 * information depends on colour alone. Every tone keeps contrast well above 4.5:1.
 */
export type BadgeTone = "blue" | "amber" | "green" | "gray" | "solid";

const tones: Record<BadgeTone, string> = {
  blue: "border-brand-600 bg-brand-50 text-brand-800",
  amber: "border-amber-700 bg-amber-50 text-amber-900",
  green: "border-emerald-700 bg-emerald-50 text-emerald-900",
  gray: "border-slate-500 bg-slate-100 text-slate-900",
  solid: "border-brand-700 bg-brand-700 text-white",
};

interface BadgeProps {
  children: React.ReactNode;
  tone?: BadgeTone;
  /** Extra words for screen readers, e.g. "公开层级：" before "县级". */
  srPrefix?: string;
}

export function Badge({ children, tone = "gray", srPrefix }: BadgeProps) {
  return (
    <span
      className={`inline-flex items-center whitespace-nowrap rounded-lg border px-3 py-0.5 text-base font-semibold leading-normal ${tones[tone]}`}
    >
      {srPrefix && <span className="sr-only">{srPrefix}</span>}
      {children}
    </span>
  );
}
