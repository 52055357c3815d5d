import type { GuideGroup } from "@/app/_server/guides/list";
import { GuideCard } from "./guide-card";

/** Groups of guide cards, each under its own h2 with a count; empty groups are left out. */
export function GuideGroupList({ groups }: { groups: GuideGroup[] }) {
  const shown = groups.filter((g) => g.guides.length > 0);
  if (shown.length === 0) {
    return <p className="rounded-xl border-2 border-slate-200 bg-white px-6 py-5 text-xl">办事指南正在整理中，请到服务窗口咨询。</p>;
  }
  return (
    <div className="space-y-10">
      {shown.map((group, index) => (
        <section key={group.key} aria-labelledby={`guide-group-${index}`}>
          <h2 id={`guide-group-${index}`} className="mb-4 border-l-8 border-brand-700 pl-4 text-3xl font-bold text-ink">
            {group.label}
            <span className="ml-3 text-xl font-normal text-muted">{group.guides.length} 项</span>
          </h2>
          <ul className="grid gap-4 md:grid-cols-2 2xl:grid-cols-3">
            {group.guides.map((guide) => (
              <li key={guide.id}>
                <GuideCard guide={guide} />
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
