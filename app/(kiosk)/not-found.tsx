import type { Metadata } from "next";
import { NotFoundMessage } from "@/components/kiosk/not-found-message";

export const metadata: Metadata = { title: "页面不存在" };

/** Shown inside the kiosk layout when a page calls notFound() (unknown domain, item or record). */
export default function KioskNotFound() {
  return <NotFoundMessage />;
}
