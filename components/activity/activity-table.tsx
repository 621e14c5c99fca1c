import { ArrowRight, Bot, KeyRound, RefreshCw, ShieldAlert, SquareTerminal, UserRound, type LucideIcon } from "lucide-react";
import Link from "next/link";
import { LocalDate } from "@/components/app-shell/local-date";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import type { ActorKind } from "@/lib/activity/describe-activity";
import type { ActivityRow } from "@/lib/server/activity/list-activity";
import { cn } from "@/lib/utils";

const ACTOR_ICONS: Record<ActorKind, LucideIcon> = {
  admin: UserRound,
  token: KeyRound,
  directory: RefreshCw,
  command_line: SquareTerminal,
  anonymous: ShieldAlert,
  system: Bot,
};

/** Who did it, with an icon that tells a person from a token, the directory or an unknown caller at a glance. */
export function ActivityActor({ actor }: { actor: ActivityRow["actor"] }) {
  const Icon = ACTOR_ICONS[actor.kind];
  return (
    <span className="inline-flex items-center gap-2">
      <span className={cn("flex size-7 shrink-0 items-center justify-center rounded-full bg-muted", actor.kind === "anonymous" && "bg-amber-50 text-amber-800")}>
        <Icon className="size-3.5" aria-hidden />
      </span>
      <span className="font-medium">{actor.label}</span>
    </span>
  );
}

/**
 * Audit entries as a table: when, who, what (with a link to the import, user
 * or group it is about). Read-only by design: entries have no actions.
 */
export function ActivityTable({
  rows,
  label,
  empty,
  pending = false,
  here,
}: {
  rows: ActivityRow[];
  label: string;
  empty?: React.ReactNode;
  pending?: boolean;
  /** The page the table is on: entries about it get no link to it. */
  here?: string;
}) {
  return (
    <div className="rounded-md border" aria-busy={pending || undefined}>
      <Table aria-label={label} className={cn("transition-opacity", pending && "opacity-60")}>
        <TableHeader>
          <TableRow className="hover:bg-transparent">
            <TableHead scope="col" className="w-44">
              When
            </TableHead>
            <TableHead scope="col" className="w-64">
              Who
            </TableHead>
            <TableHead scope="col">What</TableHead>
          </TableRow>
        </TableHeader>
        <TableBody>
          {rows.length === 0 ? (
            <TableRow className="hover:bg-transparent">
              <TableCell colSpan={3} className="h-32 text-center whitespace-normal text-muted-foreground">
                {empty ?? "No activity yet."}
              </TableCell>
            </TableRow>
          ) : (
            rows.map((row) => (
              <TableRow key={row.id}>
                <TableCell className="align-top whitespace-nowrap text-muted-foreground tabular-nums">
                  <LocalDate value={row.createdAt} withTime />
                </TableCell>
                <TableCell className="align-top">
                  <ActivityActor actor={row.actor} />
                </TableCell>
                <TableCell className="min-w-72 align-top whitespace-normal">
                  <span className="flex flex-wrap items-baseline gap-x-3 gap-y-1 leading-7">
                    <span>{row.sentence}</span>
                    {row.link && row.link.href !== here && (
                      <Link
                        href={row.link.href}
                        className="inline-flex items-center gap-1 rounded-sm text-sm font-medium text-primary underline-offset-4 outline-none hover:underline focus-visible:ring-[3px] focus-visible:ring-ring/50"
                      >
                        {row.link.label}
                        <ArrowRight className="size-3.5" aria-hidden />
                      </Link>
                    )}
                  </span>
                </TableCell>
              </TableRow>
            ))
          )}
        </TableBody>
      </Table>
    </div>
  );
}
