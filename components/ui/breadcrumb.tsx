import Link from "next/link";

export interface Crumb {
  label: string;
  /** Omitted for the current page. */
  href?: string;
}

/** "首页 › 领域 › 事项" trail; every link is a ≥ 60 px touch target, the current page is plain text. */
export function Breadcrumb({ crumbs }: { crumbs: Crumb[] }) {
  return (
    <nav aria-label="当前位置" className="mb-4">
      <ol className="flex flex-wrap items-center text-xl">
        {crumbs.map((crumb, index) => (
          <li key={`${index}-${crumb.label}`} className="flex min-w-0 items-center">
            {index > 0 && (
              <span aria-hidden className="px-1 text-2xl text-muted">
                ›
              </span>
            )}
            {crumb.href ? (
              <Link
                href={crumb.href}
                className="inline-flex min-h-[60px] min-w-[60px] items-center justify-center rounded-lg px-3 font-medium text-brand-700 underline decoration-2 underline-offset-4 hover:bg-brand-50"
              >
                {crumb.label}
              </Link>
            ) : (
              <span aria-current="page" className="line-clamp-2 px-3 py-2 font-semibold text-ink">
                {crumb.label}
              </span>
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
}
