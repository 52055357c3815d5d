"use client";

import { useRouter } from "next/navigation";

export function BackButton() {
  const router = useRouter();
  return (
    <button
      type="button"
      onClick={() => router.back()}
      className="flex min-h-[60px] min-w-[60px] items-center rounded-lg bg-white/15 px-5 text-xl font-medium hover:bg-white/25"
    >
      返回
    </button>
  );
}
