import Link from "next/link";

export type ButtonVariant = "primary" | "secondary";

const base =
  "inline-flex min-h-[72px] min-w-[60px] items-center justify-center gap-3 rounded-xl border-2 px-8 text-2xl font-bold shadow-sm transition-colors";
const variants: Record<ButtonVariant, string> = {
  primary: "border-brand-700 bg-brand-700 text-white hover:bg-brand-800",
  secondary: "border-brand-700 bg-white text-brand-700 hover:bg-brand-50",
};

/** Class list shared by big link-buttons and real buttons (e.g. the error page's 重试). */
export function buttonClassName(variant: ButtonVariant = "primary", extra = ""): string {
  return `${base} ${variants[variant]} ${extra}`.trim();
}

interface ButtonLinkProps {
  href: string;
  children: React.ReactNode;
  variant?: ButtonVariant;
  className?: string;
}

/** A large touch-friendly link styled as a button (≥ 72 px tall). */
export function ButtonLink({ href, children, variant = "primary", className = "" }: ButtonLinkProps) {
  return (
    <Link href={href} className={buttonClassName(variant, className)}>
      {children}
    </Link>
  );
}

/** The house icon used on every "返回首页" button. */
export function HomeIcon() {
  return (
    <svg aria-hidden viewBox="0 0 24 24" className="h-8 w-8" fill="none" stroke="currentColor" strokeWidth={2.2}>
      <path d="M3 11.5 12 4l9 7.5" strokeLinecap="round" strokeLinejoin="round" />
      <path d="M5.5 10v10h13V10" strokeLinejoin="round" />
      <path d="M10 20v-5h4v5" strokeLinejoin="round" />
    </svg>
  );
}
