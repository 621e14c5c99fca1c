import { Skeleton } from "@/components/ui/skeleton";

export default function FieldsLoading() {
  return (
    <div className="space-y-6" aria-busy="true" aria-label="Loading profile fields">
      <div className="flex flex-col gap-4 sm:flex-row sm:items-start sm:justify-between">
        <div className="space-y-2">
          <Skeleton className="h-8 w-48" />
          <Skeleton className="h-4 w-96 max-w-full" />
        </div>
        <Skeleton className="h-9 w-28" />
      </div>
      <div className="rounded-md border">
        <div className="border-b px-3 py-3">
          <Skeleton className="h-4 w-full" />
        </div>
        {Array.from({ length: 7 }, (_, i) => (
          <div key={i} className="flex items-center gap-4 border-b px-3 py-3 last:border-0">
            <Skeleton className="h-4 w-40" />
            <Skeleton className="h-4 w-24" />
            <Skeleton className="h-5 w-20" />
            <Skeleton className="ml-auto h-8 w-32" />
          </div>
        ))}
      </div>
    </div>
  );
}
