import Link from "next/link";
import { BackButton } from "@/components/kiosk/back-button";
import { SyncStatus } from "@/components/kiosk/sync-status";

export default function KioskLayout({ children }: { children: React.ReactNode }) {
  return (
    <div className="flex min-h-screen flex-col">
      <header className="sticky top-0 z-20 bg-brand-700 text-white shadow-md">
        <div className="mx-auto flex max-w-[1800px] items-center gap-4 px-6 py-3">
          <Link href="/" className="flex min-h-[60px] items-center gap-3 rounded-lg px-2 text-2xl font-bold tracking-wide">
            <span aria-hidden className="grid h-12 w-12 place-items-center rounded-full bg-white text-xl font-black text-accent-700">
              公
            </span>
            道县政务公开
          </Link>
          <nav aria-label="主要导航" className="ml-auto flex items-center gap-3">
            <BackButton />
            <Link href="/" className="flex min-h-[60px] min-w-[60px] items-center rounded-lg bg-white/15 px-5 text-xl font-medium hover:bg-white/25">
              首页
            </Link>
            <Link href="/search" className="flex min-h-[60px] min-w-[60px] items-center rounded-lg bg-white px-5 text-xl font-bold text-brand-700">
              搜索
            </Link>
          </nav>
        </div>
      </header>
      <main id="main" className="mx-auto w-full max-w-[1800px] flex-1 px-6 py-6">
        {children}
      </main>
      <footer className="border-t border-slate-200 bg-white px-6 py-4 text-center text-base text-muted">
        <SyncStatus />
        道县人民政府 · 政务公开专区 ｜ 主办：道县政务公开领导小组办公室（县行政审批服务局）
      </footer>
    </div>
  );
}
