// Shared fixtures for the import pipeline's unit tests.
import type { FieldDef, FieldType } from "./types";

export function field(key: string, label: string, type: FieldType = "TEXT", options: string[] = []): FieldDef {
  return { key, label, type, builtIn: false, options };
}

export const BUILT_IN_FIELDS: FieldDef[] = [
  { key: "email", label: "Email", type: "TEXT", builtIn: true, options: [] },
  { key: "firstName", label: "First Name", type: "TEXT", builtIn: true, options: [] },
  { key: "lastName", label: "Last Name", type: "TEXT", builtIn: true, options: [] },
  { key: "active", label: "Active", type: "TEXT", builtIn: true, options: [] },
];

export const CUSTOM_FIELDS: FieldDef[] = [
  field("department", "Department"),
  field("jobTitle", "Job Title"),
  field("employeeId", "Employee ID"),
  field("grade", "Grade", "NUMBER"),
  field("startDate", "Start Date", "DATE"),
  field("site", "Site", "SELECT", ["London", "Leeds", "Glasgow"]),
];

export const ALL_FIELDS: FieldDef[] = [...BUILT_IN_FIELDS, ...CUSTOM_FIELDS];

export const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

export function bytes(...parts: (number[] | Uint8Array | string)[]): Uint8Array {
  const chunks = parts.map((part) => (typeof part === "string" ? utf8(part) : Uint8Array.from(part)));
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.length;
  }
  return out;
}
