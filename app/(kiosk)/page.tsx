import { listDomains } from "@/app/_server/catalog/domains";
import { DomainGrid } from "@/components/kiosk/domain-grid";
import { TaskTiles } from "@/components/kiosk/task-tiles";

// The catalog is loaded into the database at start-up, not at build time.
export const dynamic = "force-dynamic";

export default async function HomePage() {
  const domains = await listDomains();
  return (
    <div className="space-y-8 2xl:space-y-6">
      <header>
        <h1 className="text-4xl font-bold text-ink">您好，欢迎使用道县政务公开一体机</h1>
        <p className="mt-2 text-xl text-muted">请用手指点一下您要办的事情，或在下方选择您关心的领域。</p>
      </header>

      <section aria-labelledby="tasks-heading">
        <h2 id="tasks-heading" className="sr-only">
          我要办事
        </h2>
        <TaskTiles />
      </section>

      <section aria-labelledby="domains-heading">
        <h2 id="domains-heading" className="mb-4 flex flex-wrap items-baseline gap-x-4 text-3xl font-bold text-ink">
          按领域查看公开事项
          <span className="text-xl font-normal text-muted">共 {domains.length} 个领域</span>
        </h2>
        <DomainGrid domains={domains} />
      </section>
    </div>
  );
}
