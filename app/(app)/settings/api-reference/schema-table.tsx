import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { describeType, type JsonSchema, type PropertyRow, propertyRows } from "@/lib/api/v1/describe-schema";

/** A type, with references to the document's schemas as links to them. */
export function TypeText({ text }: { text: string }) {
  const words = text.split(/(\b[A-Z][A-Za-z]+\b)/);
  return (
    <code className="text-xs">
      {words.map((word, index) =>
        /^[A-Z][A-Za-z]+$/.test(word) ? (
          <a key={index} href={`#schema-${word}`} className="underline">
            {word}
          </a>
        ) : (
          word
        ),
      )}
    </code>
  );
}

export function PropertiesTable({ rows, caption }: { rows: PropertyRow[]; caption: string }) {
  return (
    <div className="overflow-x-auto rounded-md border">
      <Table>
        <caption className="sr-only">{caption}</caption>
        <TableHeader>
          <TableRow className="bg-muted/40">
            <TableHead className="w-1/4">Name</TableHead>
            <TableHead className="w-1/4">Type</TableHead>
            <TableHead>Description</TableHead>
          </TableRow>
        </TableHeader>
        <TableBody>
          {rows.map((row) => (
            <TableRow key={row.name}>
              <TableCell className="align-top">
                <code className="text-xs font-semibold">{row.name}</code>
                {row.required && <span className="ml-2 text-xs text-muted-foreground">required</span>}
              </TableCell>
              <TableCell className="align-top whitespace-normal">
                <TypeText text={row.type} />
              </TableCell>
              <TableCell className="align-top whitespace-normal text-sm text-muted-foreground">{row.description}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}

export function SchemaTable({ id, name, schema }: { id: string; name: string; schema: JsonSchema }) {
  const rows = propertyRows(schema);
  return (
    <div id={id} className="grid scroll-mt-6 gap-2">
      <h3 className="font-mono text-sm font-semibold">{name}</h3>
      {schema.description && <p className="text-sm text-muted-foreground">{schema.description}</p>}
      {rows.length ? <PropertiesTable rows={rows} caption={`${name} properties`} /> : <TypeText text={describeType(schema)} />}
    </div>
  );
}
