import { describe, expect, it } from "vitest";
import { jsonUsersToFile } from "./json-users";
import type { FieldDef } from "./types";

const field = (key: string, label: string, builtIn = false): FieldDef => ({ key, label, builtIn, type: "TEXT", options: [] });
const FIELDS = [field("email", "Email", true), field("firstName", "First Name", true), field("lastName", "Last Name", true), field("active", "Active", true), field("department", "Department"), field("site", "Site")];

describe("jsonUsersToFile", () => {
  it("lays users out as the template's columns, already mapped, with only the custom fields the list names", () => {
    const result = jsonUsersToFile(
      [
        { email: "ana@example.com", firstName: "Ana", lastName: "López", active: false, fields: { department: "Nursing" } },
        { email: "li@example.com", fields: { department: 42, site: null } },
      ],
      FIELDS,
    );
    expect(result).toEqual({
      ok: true,
      mapping: { 0: "email", 1: "firstName", 2: "lastName", 3: "active", 4: "department", 5: "site" },
      file: {
        encoding: "utf-8",
        delimiter: ",",
        headers: ["Email", "First Name", "Last Name", "Active", "Department", "Site"],
        rows: [
          { rowNumber: 2, cells: ["ana@example.com", "Ana", "López", "0", "Nursing", ""] },
          // Left out or null = blank = keep the user's value, as a blank cell does.
          { rowNumber: 3, cells: ["li@example.com", "", "", "", "42", ""] },
        ],
        fileErrors: [],
        rowIssues: [],
      },
    });
  });

  it("names each unknown or built-in key inside fields, and what the keys are", () => {
    const result = jsonUsersToFile([{ email: "a@example.com", fields: { shoe: "9", email: "b@example.com" } }], FIELDS);
    expect(result).toEqual({
      ok: false,
      errors: [
        { field: "users.0.fields.shoe", message: "“shoe” is not one of your profile fields. Profile field keys are: department, site." },
        { field: "users.0.fields.email", message: "“email” is a built-in field: send it as users[0].email, not inside fields." },
      ],
    });
  });
});
