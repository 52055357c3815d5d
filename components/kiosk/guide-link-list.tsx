import Link from "next/link";

/** Links between guides and catalog items, both ways (相关公开事项 / 相关办事指南). */
export function GuideLinkList({ links, empty }: { links: { href: string; label: string }[]; empty: string }) {
  if (links.length === 0) return <p>{empty}</p>;
  return (
    <ul className="flex flex-wrap gap-3">
      {links.map((link) => (
        <li key={link.href}>
          <Link
            href={link.href}
            className="inline-flex min-h-[60px] items-center gap-3 rounded-xl border-2 border-brand-100 bg-white px-5 text-xl font-semibold text-brand-700 hover:border-brand-600 hover:bg-brand-50"
          >
            <span className="underline decoration-2 underline-offset-4">{link.label}</span>
            <span aria-hidden className="text-2xl">
              ›
            </span>
          </Link>
        </li>
      ))}
    </ul>
  );
}
