import type { FieldDef } from "@/lib/imports/types";

/** Which profile field each SCIM attribute beyond the core ones fills. */
export interface ScimFieldMapping {
  /** Enterprise extension `department` → this custom field's key, or null when none fits. */
  department: string | null;
  /** Enterprise extension `employeeNumber` → this custom field's key, or null. */
  employeeNumber: string | null;
  /** Rollcall's extension schema: one attribute per other enabled custom field, named by its key (each field has exactly one SCIM attribute). */
  extension: FieldDef[];
}

const squash = (label: string) => label.toLowerCase().replace(/[^a-z0-9]/g, "");
const DEPARTMENT_LABELS = ["department", "dept", "team"];
const EMPLOYEE_NUMBER_LABELS = ["employeenumber", "employeeid", "employeeno", "staffnumber", "staffid", "payrollnumber"];

function firstMatching(fields: FieldDef[], labels: string[]): string | null {
  // In the order of the candidates, so "Department" wins over a field merely called "Team".
  for (const wanted of labels) {
    const field = fields.find((f) => squash(f.label) === wanted);
    if (field) return field.key;
  }
  return null;
}

/**
 * The default mapping, by the custom fields' labels: "Department" (or
 * "Dept", "Team") takes the enterprise department, "Employee ID" (or
 * "Employee Number", "Staff ID", …) the employeeNumber. Until a settings page
 * lets an admin choose, these defaults are the mapping.
 */
export function defaultFieldMapping(fields: FieldDef[]): ScimFieldMapping {
  const custom = fields.filter((f) => !f.builtIn);
  const department = firstMatching(custom, DEPARTMENT_LABELS);
  const employeeNumber = firstMatching(custom, EMPLOYEE_NUMBER_LABELS);
  return { department, employeeNumber, extension: custom.filter((f) => f.key !== department && f.key !== employeeNumber) };
}
