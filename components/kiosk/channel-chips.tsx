import type { Channel, Level } from "@/app/_shared/catalog/schema";
import { LEVELS } from "@/app/_shared/catalog/schema";

/** 公开渠道和载体 per 公开层级: "县级：" followed by one chip per channel. */
export function ChannelChips({ channels }: { channels: Partial<Record<Level, Channel[]>> }) {
  const levels = LEVELS.filter((level) => channels[level]?.length);
  if (levels.length === 0) return <p>未注明</p>;
  return (
    <div className="space-y-3">
      {levels.map((level) => (
        <div key={level} className="flex flex-wrap items-baseline gap-x-3 gap-y-2">
          <span className="font-semibold">{level}：</span>
          <ul aria-label={`${level}公开渠道和载体`} className="flex flex-wrap gap-2">
            {(channels[level] ?? []).map((channel) => (
              <li key={channel} className="rounded-lg border border-slate-400 bg-slate-50 px-3 py-0.5 text-lg">
                {channel}
              </li>
            ))}
          </ul>
        </div>
      ))}
    </div>
  );
}
