import { stringify } from "csv-stringify/sync";
import { neutraliseCell } from "./csv-injection";
import type { FieldDef } from "./types";

const BUILT_IN_EXAMPLES: Record<string, string> = {
  email: "john.smith@example.com",
  firstName: "John",
  lastName: "Smith",
  active: "1",
  // Two names, so the example row itself shows how a cell holds several groups.
  groups: "Fire wardens; London office",
};

// Checked in order against the normalised label; the first pattern that matches wins.
const TEXT_EXAMPLES: [RegExp, string][] = [
  [/department|dept|team|division/, "Sales"],
  [/job|position|role/, "Account Manager"],
  [/(employee|staff|payroll|personnel).*(id|number|no|code)|^id$/, "E00123"],
  [/manager|supervisor/, "Jane Doe"],
  [/location|office|site|branch|city/, "London"],
  [/region|area/, "South East"],
  [/country/, "United Kingdom"],
  [/company|organi[sz]ation|employer/, "Example Ltd"],
  [/cost ?cent(re|er)/, "CC100"],
  [/phone|mobile|\btel\b/, "020 7946 0000"],
];

function exampleFor(field: FieldDef): string {
  const builtIn = BUILT_IN_EXAMPLES[field.key];
  if (field.builtIn && builtIn !== undefined) return builtIn;
  const label = field.label.toLowerCase();
  switch (field.type) {
    case "DATE":
      return "2024-01-31";
    case "NUMBER":
      return /(employee|staff).*(id|number|no)/.test(label) ? "123" : "10";
    case "SELECT":
      return field.options[0] ?? "";
    default:
      return TEXT_EXAMPLES.find(([pattern]) => pattern.test(label))?.[1] ?? "";
  }
}

/**
 * The downloadable template: a header row of the enabled fields' labels and one
 * example learner. The BOM and CRLF make Excel open it as UTF-8 on Windows and Mac.
 */
export function buildTemplateCsv(fields: FieldDef[]): string {
  // Labels are typed by admins, so they are neutralised like any exported value.
  const header = fields.map((field) => neutraliseCell(field.label));
  const example = fields.map((field) => neutraliseCell(exampleFor(field)));
  // csv-stringify only quotes line breaks that match record_delimiter; a bare LF in a label must be quoted too.
  return stringify([header, example], { bom: true, record_delimiter: "windows", quoted_match: /[\r\n]/ });
}
