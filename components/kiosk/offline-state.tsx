import type { LocalData } from "@/app/_client/use-local-data";
import { ButtonLink, HomeIcon } from "@/components/ui/button-link";
import { MessagePanel } from "@/components/ui/message-panel";
import { NotFoundMessage } from "./not-found-message";

/** Shown while the local store is read (a fraction of a second). */
export function OfflineLoading() {
  return (
    <p role="status" className="py-10 text-center text-2xl text-muted">
      正在读取本机内容，请稍候…
    </p>
  );
}

/** A page that needs the server (forms, printing) while the network is down. */
export function OfflineUnavailable() {
  return (
    <MessagePanel
      icon="alert"
      title="网络恢复后才能使用此功能"
      actions={
        <>
          <ButtonLink href="/">
            <HomeIcon />
            返回首页
          </ButtonLink>
          <ButtonLink href="/search" variant="secondary">
            去搜索
          </ButtonLink>
        </>
      }
    >
      <p>本机暂时连不上网络。公开信息、办事指南和搜索仍可正常使用。</p>
      <p>如需办理其他事项，请稍后再试，或请大厅工作人员帮忙。</p>
    </MessagePanel>
  );
}

function NotSynced() {
  return (
    <MessagePanel icon="alert" title="本机还没有下载政务公开内容" actions={<ButtonLink href="/">返回首页</ButtonLink>}>
      <p>本机需要先联网一次，下载全部公开内容后，断网时也能查看。</p>
      <p>请稍后再试，或请大厅工作人员检查网络。</p>
    </MessagePanel>
  );
}

/** Renders the page once its data is read; the other states get their own message. */
export function LocalView<T>({ data, children }: { data: LocalData<T>; children: (value: T) => React.ReactNode }) {
  switch (data.status) {
    case "loading":
      return <OfflineLoading />;
    case "unsynced":
      return <NotSynced />;
    case "missing":
      return <NotFoundMessage />;
    case "failed":
      return <OfflineUnavailable />;
    case "ready":
      return <>{children(data.data)}</>;
  }
}
