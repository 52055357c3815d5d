import Link from "next/link";

export type TileTone = "primary" | "plain";

interface TileLinkProps {
  href: string;
  title: string;
  /** One short line under the title. */
  description?: string;
  icon?: React.ReactNode;
  tone?: TileTone;
}

const tones: Record<TileTone, { tile: string; description: string; icon: string }> = {
  primary: {
    tile: "border-brand-700 bg-brand-700 text-white hover:bg-brand-800",
    description: "text-white",
    icon: "bg-white text-brand-700",
  },
  plain: {
    tile: "border-brand-100 bg-white text-ink hover:border-brand-600 hover:bg-brand-50",
    description: "text-muted",
    icon: "bg-brand-50 text-brand-700",
  },
};

/** A large whole-card link: icon and title on one line, one explanatory line below. */
export function TileLink({ href, title, description, icon, tone = "plain" }: TileLinkProps) {
  const t = tones[tone];
  return (
    <Link
      href={href}
      className={`flex h-full min-h-[60px] flex-col gap-2 rounded-2xl border-2 px-5 py-6 shadow-sm 2xl:py-4 transition-colors ${t.tile}`}
    >
      <span className="flex items-center gap-4">
        {icon && (
          <span aria-hidden className={`grid h-14 w-14 shrink-0 place-items-center rounded-full ${t.icon}`}>
            {icon}
          </span>
        )}
        <span className="text-3xl font-bold leading-snug">{title}</span>
      </span>
      {description && <span className={`text-lg leading-snug ${t.description}`}>{description}</span>}
    </Link>
  );
}
