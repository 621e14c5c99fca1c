import type { ScimFieldMapping } from "./field-mapping";

/** Department and Employee ID taken by the enterprise extension, Job Title in Rollcall's. */
export const MAPPING: ScimFieldMapping = {
  department: "cf_department",
  employeeNumber: "cf_employee_id",
  costCenter: null,
  organization: null,
  division: null,
  extension: [{ key: "cf_job_title", label: "Job Title", type: "TEXT", builtIn: false, options: [] }],
};
