import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { describeLimits, describeType, type JsonSchema, type PropertyRow } from "@/lib/api/v1/describe-schema";
import { PropertiesTable, TypeText } from "./schema-table";

export interface Operation {
  operationId: string;
  summary: string;
  description: string;
  parameters?: { name: string; in: string; required?: boolean; description?: string; schema: JsonSchema }[];
  requestBody?: { content: Record<string, { schema: JsonSchema }> };
  responses: Record<string, { description: string; content?: Record<string, { schema: JsonSchema }> }>;
}

const METHOD_TONES: Record<string, string> = {
  get: "border-sky-200 bg-sky-50 text-sky-800",
  post: "border-emerald-200 bg-emerald-50 text-emerald-800",
  patch: "border-amber-200 bg-amber-50 text-amber-900",
};

function Paragraphs({ text }: { text: string }) {
  return (
    <>
      {text.split("\n\n").map((paragraph, index) => (
        <p key={index}>
          {paragraph.split(/(`[^`]+`)/).map((part, i) => (part.startsWith("`") ? <code key={i}>{part.slice(1, -1)}</code> : part))}
        </p>
      ))}
    </>
  );
}

export function OperationCard({ method, path, operation }: { method: string; path: string; operation: Operation }) {
  const parameters: PropertyRow[] = (operation.parameters ?? []).map((p) => ({
    name: p.in === "path" ? `{${p.name}}` : p.name,
    type: describeType(p.schema),
    required: p.required ?? false,
    description: [p.description ?? p.schema.description, describeLimits(p.schema) && `(${describeLimits(p.schema)})`].filter(Boolean).join(" "),
  }));
  return (
    <Card id={operation.operationId} className="scroll-mt-6">
      <CardHeader>
        <CardTitle className="flex flex-wrap items-center gap-3">
          <Badge variant="outline" className={`font-mono uppercase ${METHOD_TONES[method] ?? ""}`}>
            {method}
          </Badge>
          <code className="text-base">{path}</code>
        </CardTitle>
        <CardDescription className="grid gap-2">
          <span className="font-medium text-foreground">{operation.summary}</span>
          <Paragraphs text={operation.description} />
        </CardDescription>
      </CardHeader>
      <CardContent className="grid gap-5">
        {parameters.length > 0 && (
          <div className="grid gap-2">
            <h3 className="text-sm font-semibold">Parameters</h3>
            <PropertiesTable rows={parameters} caption={`${operation.summary}: parameters`} />
          </div>
        )}
        {operation.requestBody && (
          <div className="grid gap-2">
            <h3 className="text-sm font-semibold">Body</h3>
            <ul className="grid gap-1 text-sm">
              {Object.entries(operation.requestBody.content).map(([type, media]) => (
                <li key={type}>
                  <code className="text-xs">{type}</code>: <TypeText text={describeType(media.schema)} />
                </li>
              ))}
            </ul>
          </div>
        )}
        <div className="grid gap-2">
          <h3 className="text-sm font-semibold">Responses</h3>
          <dl className="grid gap-x-4 gap-y-1.5 text-sm sm:grid-cols-[4rem_1fr]">
            {Object.entries(operation.responses).map(([status, response]) => (
              <div key={status} className="contents">
                <dt>
                  <code className={Number(status) < 300 ? "font-semibold text-emerald-700" : "text-muted-foreground"}>{status}</code>
                </dt>
                <dd className="text-muted-foreground">
                  {response.description}
                  {Number(status) < 300 &&
                    Object.entries(response.content ?? {}).map(([type, media]) => (
                      <span key={type} className="ml-1">
                        — <code className="text-xs">{type}</code> <TypeText text={describeType(media.schema)} />
                      </span>
                    ))}
                </dd>
              </div>
            ))}
          </dl>
        </div>
      </CardContent>
    </Card>
  );
}
