import type { Metadata } from "next";
import { ComingSoon } from "@/components/kiosk/coming-soon";

export const metadata: Metadata = { title: "咨询" };

export default function AskPage() {
  return (
    <ComingSoon
      title="咨询"
      purpose="遇到看不明白的政策或不知道怎么办的事情，可以在这里向政府部门提问，答复会通过电话或短信告诉您。"
      options={[
        <>到道县政务服务中心政务公开窗口或综合咨询窗口，当面向工作人员咨询。</>,
        <>拨打湖南省 12345 政务服务便民热线（24 小时）。</>,
        <>点右上角“搜索”，先看看有没有已经公开的政策文件和政策解读。</>,
      ]}
      secondary={{ href: "/search", label: "去搜索" }}
    />
  );
}
