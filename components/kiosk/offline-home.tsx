"use client";

import { readHomeDomains } from "@/app/_client/local-content";
import { useLocalData } from "@/app/_client/use-local-data";
import { DomainGrid } from "./domain-grid";
import { LocalView } from "./offline-state";
import { TaskTiles } from "./task-tiles";

/** The home page from the local store (same layout as app/(kiosk)/page.tsx). */
export function OfflineHome() {
  const data = useLocalData(readHomeDomains, "home");
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
      <LocalView data={data}>
        {(domains) => (
          <section aria-labelledby="domains-heading">
            <h2 id="domains-heading" className="mb-4 flex flex-wrap items-baseline gap-x-4 text-3xl font-bold text-ink">
              按领域查看公开事项
              <span className="text-xl font-normal text-muted">共 {domains.length} 个领域</span>
            </h2>
            <DomainGrid domains={domains} />
          </section>
        )}
      </LocalView>
    </div>
  );
}
