import { ButtonLink, HomeIcon } from "@/components/ui/button-link";
import { MessagePanel } from "@/components/ui/message-panel";

/** The friendly 404 shared by the kiosk segment and the app-wide fallback. */
export function NotFoundMessage() {
  return (
    <MessagePanel
      title="没有找到您要查看的页面"
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
      <p>这个页面可能已经调整或不再公开。</p>
      <p>请返回首页重新选择，或用“搜索”查找您需要的信息。</p>
    </MessagePanel>
  );
}
