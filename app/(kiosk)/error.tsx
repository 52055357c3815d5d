"use client";

import { useEffect } from "react";
import { ButtonLink, buttonClassName, HomeIcon } from "@/components/ui/button-link";
import { MessagePanel } from "@/components/ui/message-panel";

interface Props {
  error: unknown;
  /** Re-fetches and re-renders the segment (Next 16). */
  retry: () => void;
}

/** Friendly fallback for unexpected failures on kiosk pages; the resident can retry or start over. */
export default function KioskError({ error, retry }: Props) {
  useEffect(() => {
    // Keep the failure visible to staff in the browser console; the resident sees only the message.
    console.error(error);
  }, [error]);

  return (
    <MessagePanel
      icon="alert"
      title="页面暂时无法显示"
      actions={
        <>
          <button type="button" onClick={() => retry()} className={buttonClassName("primary")}>
            <svg aria-hidden viewBox="0 0 24 24" className="h-8 w-8" fill="none" stroke="currentColor" strokeWidth={2.2}>
              <path d="M20 12a8 8 0 1 1-2.3-5.7M20 4v5h-5" strokeLinecap="round" strokeLinejoin="round" />
            </svg>
            重试
          </button>
          <ButtonLink href="/" variant="secondary">
            <HomeIcon />
            返回首页
          </ButtonLink>
        </>
      }
    >
      <p>很抱歉，系统出了点问题，这不是您的操作造成的。</p>
      <p>请点“重试”再试一次；如果仍然不行，请返回首页，或请大厅工作人员帮忙。</p>
    </MessagePanel>
  );
}
