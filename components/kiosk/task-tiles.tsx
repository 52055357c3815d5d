import { TileLink } from "@/components/ui/tile-link";

/** Stroke icons drawn inline: the kiosk has no network and ships no image files. */
function Icon({ children }: { children: React.ReactNode }) {
  return (
    <svg viewBox="0 0 24 24" className="h-9 w-9" fill="none" stroke="currentColor" strokeWidth={2} strokeLinecap="round" strokeLinejoin="round">
      {children}
    </svg>
  );
}

const tasks = [
  {
    href: "/search",
    title: "查公开信息",
    description: "查政府公开的文件和名单",
    icon: (
      <Icon>
        <circle cx="10.5" cy="10.5" r="6.5" />
        <path d="m15.5 15.5 5 5" />
      </Icon>
    ),
  },
  {
    href: "/guides",
    title: "办事指南",
    description: "办事要带什么、去哪里办",
    icon: (
      <Icon>
        <path d="M4 5.5A2.5 2.5 0 0 1 6.5 3H20v15H6.5A2.5 2.5 0 0 0 4 20.5v-15Z" />
        <path d="M4 20.5A2.5 2.5 0 0 1 6.5 18H20v3H6.5" />
        <path d="M8.5 8h7M8.5 11.5h5" />
      </Icon>
    ),
  },
  {
    href: "/apply",
    title: "申请公开",
    description: "没找到信息，可以申请公开",
    icon: (
      <Icon>
        <path d="M14 3H6a2 2 0 0 0-2 2v14a2 2 0 0 0 2 2h12a2 2 0 0 0 2-2V9l-6-6Z" />
        <path d="M14 3v6h6M12 18v-6M9 15h6" />
      </Icon>
    ),
  },
  {
    href: "/ask",
    title: "咨询",
    description: "有疑问，向政府部门提问",
    icon: (
      <Icon>
        <path d="M21 12a8 8 0 0 1-11.6 7.1L4 20.5l1.4-4.6A8 8 0 1 1 21 12Z" />
        <path d="M9.5 9.6a2.5 2.5 0 1 1 3.4 2.3c-.6.3-.9.7-.9 1.3M12 16h.01" />
      </Icon>
    ),
  },
  {
    href: "/track",
    title: "进度查询",
    description: "查看申请和咨询的办理进度",
    icon: (
      <Icon>
        <circle cx="12" cy="12" r="8.5" />
        <path d="M12 7.5V12l3 2" />
      </Icon>
    ),
  },
] as const;

/**
 * The five things a resident comes to do. Landscape: one row of five; portrait: two wide tiles
 * (search first, it is the most used) over three.
 */
export function TaskTiles() {
  return (
    <ul className="grid grid-cols-2 gap-4 sm:grid-cols-6 2xl:grid-cols-5">
      {tasks.map((task, index) => (
        <li
          key={task.href}
          className={
            index === 0
              ? "col-span-2 sm:col-span-3 2xl:col-span-1"
              : index === 1
                ? "col-span-1 sm:col-span-3 2xl:col-span-1"
                : "col-span-1 sm:col-span-2 2xl:col-span-1"
          }
        >
          <TileLink
            href={task.href}
            title={task.title}
            description={task.description}
            icon={task.icon}
            tone={index === 0 ? "primary" : "plain"}
          />
        </li>
      ))}
    </ul>
  );
}
