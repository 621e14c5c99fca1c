import { describe, expect, it } from "vitest";
import { type ByteSource, NON_CSV_MESSAGES } from "./decode";
import { detectDelimiter, parseCsvBytes, parseCsvText } from "./parse";
import { streamCsv } from "./parse-stream";
import { bytes, utf8 } from "./test-fixtures";

const cellsOf = (text: string) => parseCsvText(text).rows.map((row) => row.cells);

describe("parseCsvText: delimiters", () => {
  it.each([
    [",", "email,first,last\na@x.com,Ann,Lee\n"],
    [";", "email;first;last\na@x.com;Ann;Lee\n"],
    ["\t", "email\tfirst\tlast\na@x.com\tAnn\tLee\n"],
    ["|", "email|first|last\na@x.com|Ann|Lee\n"],
  ])("detects %j", (delimiter, text) => {
    const parsed = parseCsvText(text);
    expect(parsed.delimiter).toBe(delimiter);
    expect(parsed.headers).toEqual(["email", "first", "last"]);
    expect(parsed.rows).toEqual([{ rowNumber: 2, cells: ["a@x.com", "Ann", "Lee"] }]);
  });

  it("detects the delimiter from a header line alone", () => {
    expect(parseCsvText("a;b;c").delimiter).toBe(";");
    expect(parseCsvText("a|b|c").delimiter).toBe("|");
    expect(parseCsvText("a\tb\tc").delimiter).toBe("\t");
  });

  it("prefers the delimiter that agrees with the header over the one giving most cells", () => {
    const text = "Name;Email\nSmith, John, Jr;john@x.com\nDoe, Jane;jane@x.com\n";
    expect(parseCsvText(text).delimiter).toBe(";");
    expect(cellsOf(text)).toEqual([
      ["Smith, John, Jr", "john@x.com"],
      ["Doe, Jane", "jane@x.com"],
    ]);
  });

  it("is not fooled by delimiters inside quoted cells", () => {
    expect(detectDelimiter('email,notes\na@x.com,"one; two; three"\nb@x.com,"x;y"\n')).toBe(",");
  });

  it("defaults to a comma for a single-column file", () => {
    const parsed = parseCsvText("email\na@x.com\nb@x.com\n");
    expect(parsed.delimiter).toBe(",");
    expect(parsed.rows.map((row) => row.cells)).toEqual([["a@x.com"], ["b@x.com"]]);
  });

  it("honours Excel's sep= line and does not count it as a row", () => {
    const parsed = parseCsvText("sep=;\r\nemail;name,with comma\r\na@x.com;Ann\r\n");
    expect(parsed.delimiter).toBe(";");
    expect(parsed.headers).toEqual(["email", "name,with comma"]);
    expect(parsed.rows).toEqual([{ rowNumber: 2, cells: ["a@x.com", "Ann"] }]);
  });
});

describe("parseCsvText: line endings, quotes and blanks", () => {
  const expected = [
    ["a@x.com", "Ann"],
    ["b@x.com", "Bob"],
  ];

  it.each([
    ["CRLF", "email,name\r\na@x.com,Ann\r\nb@x.com,Bob\r\n"],
    ["LF", "email,name\na@x.com,Ann\nb@x.com,Bob\n"],
    ["CR", "email,name\ra@x.com,Ann\rb@x.com,Bob\r"],
    ["mixed CRLF and LF", "email,name\r\na@x.com,Ann\nb@x.com,Bob\r\n"],
    ["no final line break", "email,name\na@x.com,Ann\nb@x.com,Bob"],
  ])("handles %s line endings", (_name, text) => {
    expect(cellsOf(text)).toEqual(expected);
  });

  it("handles quoted cells containing delimiters, doubled quotes and line breaks", () => {
    const text = 'email,notes,name\r\na@x.com,"one, two","Dwayne ""The Rock"" Johnson"\r\nb@x.com,"line 1\r\nline 2","x"\r\n';
    expect(cellsOf(text)).toEqual([
      ["a@x.com", "one, two", 'Dwayne "The Rock" Johnson'],
      ["b@x.com", "line 1\nline 2", "x"],
    ]);
  });

  it("closes a quoted last cell correctly in a CRLF file", () => {
    expect(cellsOf('email,name\r\na@x.com,"Ann"\r\nb@x.com,"Bob"')).toEqual(expected);
  });

  it("keeps quote marks inside unquoted cells", () => {
    expect(cellsOf('email,name\na@x.com,O"Neill\n')).toEqual([["a@x.com", 'O"Neill']]);
  });

  it("trims every cell and keeps values as text", () => {
    expect(cellsOf("email , id ,grade\n  a@x.com ,\t00123 , 1.50 \n")).toEqual([["a@x.com", "00123", "1.50"]]);
    expect(parseCsvText(" email , id \na,b").headers).toEqual(["email", "id"]);
  });

  it("ignores blank lines, whitespace-only lines, delimiter-only lines and trailing blank lines", () => {
    const parsed = parseCsvText("\uFEFFemail,name\n\na@x.com,Ann\n   \n,,\nb@x.com,Bob\n\n\n");
    expect(parsed.rows.map((row) => row.cells)).toEqual(expected);
    expect(parsed.rowIssues).toEqual([]);
  });

  it("numbers rows as Excel does: header is row 1, blank rows and multi-line cells count once", () => {
    const text = 'email,notes\na@x.com,"two\nlines"\n\nb@x.com,x\n';
    expect(parseCsvText(text).rows.map((row) => row.rowNumber)).toEqual([2, 4]);
  });

  it("strips a BOM that survived decoding", () => {
    expect(parseCsvText("\uFEFFEmail,Name\na@x.com,Ann").headers).toEqual(["Email", "Name"]);
  });
});

describe("parseCsvText: ragged rows", () => {
  it("pads a short row and reports it", () => {
    const parsed = parseCsvText("email,first,last,active\na@x.com,Ann,Lee,1\nb@x.com,Bob\n");
    expect(parsed.rows[1]).toEqual({ rowNumber: 3, cells: ["b@x.com", "Bob", "", ""] });
    expect(parsed.rowIssues).toEqual([
      {
        rowNumber: 3,
        message: "Row 3 has 2 cells but the header has 4. The missing cells were treated as blank; check that the row is complete.",
      },
    ]);
  });

  it("truncates a long row and reports it", () => {
    const parsed = parseCsvText("email,first,last,active\na@x.com,Ann,Lee,1\nb@x.com,Bob,Smith,Jr,1,x\n");
    expect(parsed.rows[1]).toEqual({ rowNumber: 3, cells: ["b@x.com", "Bob", "Smith", "Jr"] });
    expect(parsed.rowIssues).toHaveLength(1);
    expect(parsed.rowIssues[0]!.message).toMatch(/^Row 3 has 6 cells but the header has 4\. /);
    expect(parsed.rowIssues[0]!.message).toContain("comma that should be inside quotes");
  });

  it("silently drops extra cells that are blank (trailing delimiters)", () => {
    const parsed = parseCsvText("email,name\na@x.com,Ann,,\n");
    expect(parsed.rows).toEqual([{ rowNumber: 2, cells: ["a@x.com", "Ann"] }]);
    expect(parsed.rowIssues).toEqual([]);
  });
});

describe("parseCsvText: headers", () => {
  it("reports an empty file", () => {
    for (const text of ["", "\n\n", "  \r\n ,, \r\n"]) {
      const parsed = parseCsvText(text);
      expect(parsed.fileErrors).toEqual(["This file is empty. Add a header row and one row per learner, then upload it again."]);
      expect(parsed.headers).toEqual([]);
      expect(parsed.rows).toEqual([]);
    }
  });

  it("reports a file with only a header row", () => {
    const parsed = parseCsvText("email,first,last\r\n\r\n");
    expect(parsed.headers).toEqual(["email", "first", "last"]);
    expect(parsed.fileErrors).toEqual(["This file only has a header row. Add one row per learner below it and upload the file again."]);
  });

  it("reports duplicate column names, ignoring case and spacing", () => {
    const parsed = parseCsvText("Email,Name,email ,First  name,first name\na,b,c,d,e\n");
    expect(parsed.fileErrors).toEqual([
      "The header row has more than one column called “Email” (columns A and C). Rename or delete the extra columns and upload the file again.",
      "The header row has more than one column called “First  name” (columns D and E). Rename or delete the extra columns and upload the file again.",
    ]);
  });

  it("drops empty trailing header cells and names empty middle ones after their column letter", () => {
    const parsed = parseCsvText("email,,name,,\na@x.com,x,Ann,,\n");
    expect(parsed.headers).toEqual(["email", "Column B", "name"]);
    expect(parsed.rows).toEqual([{ rowNumber: 2, cells: ["a@x.com", "x", "Ann"] }]);
    expect(parsed.fileErrors).toEqual([]);
  });
});

describe("parseCsvText: broken quotes", () => {
  const unclosed =
    'Row 3: a quoted cell is not closed properly, so the rest of the file was read as one cell. Check the quote marks (") in this row; a quote mark inside a quoted cell must be written twice (""). Then upload the file again.';

  it("refuses a file where a quote is never closed, naming the row", () => {
    expect(parseCsvText('email,name\na@x.com,Ann\nb@x.com,"Bob\nc@x.com,Cy\n').fileErrors).toEqual([unclosed]);
  });

  it("refuses a file where text follows a closing quote and no later quote rescues it", () => {
    expect(parseCsvText('email,name\na@x.com,Ann\nb@x.com,"Bob" Smith\nc@x.com,Cy\n').fileErrors).toEqual([unclosed]);
  });

  it("reports quotes inside a quoted cell that were not doubled, when the cell still closes", () => {
    const parsed = parseCsvText('email,name\na@x.com,"Dwayne "The Rock" Johnson"\nb@x.com,Bob\n');
    expect(parsed.fileErrors).toEqual([]);
    expect(parsed.rows.map((row) => row.cells)).toEqual([
      ["a@x.com", 'Dwayne "The Rock" Johnson'],
      ["b@x.com", "Bob"],
    ]);
    expect(parsed.rowIssues).toHaveLength(1);
    expect(parsed.rowIssues[0]!.rowNumber).toBe(2);
    expect(parsed.rowIssues[0]!.message).toMatch(/^Row 2 has a quote mark \("\) in an unexpected place/);
  });
});

describe("parseCsvText: limits", () => {
  it("refuses more than maxRows data rows (the header does not count)", () => {
    const text = ["email", "a@x.com", "b@x.com", "c@x.com"].join("\n");
    expect(parseCsvText(text, { maxRows: 3 }).fileErrors).toEqual([]);
    const tooMany = parseCsvText(text, { maxRows: 2 });
    expect(tooMany.fileErrors).toEqual(["This file has more than 2 rows. Split it into smaller files and upload each."]);
    expect(tooMany.rows).toEqual([]);
  });

  it("uses 1,000,000 rows as the default limit", { timeout: 30_000 }, () => {
    const text = `email\n${"a@x.com\n".repeat(1_000_001)}`;
    expect(parseCsvText(text).fileErrors).toEqual([
      "This file has more than 1,000,000 rows. Split it into smaller files and upload each.",
    ]);
  });

  // How fast is npm run bench's business (section 1); this checks that a file at the row cap is read whole.
  it("streams a file at the 1,000,000-row cap whole, quoted cells and all", { timeout: 60_000 }, async () => {
    const line = (i: number) => `user${i}@example.com,First${i},Last${i},1,Sales,"Manager, Accounts",E${i},2024-01-31,London`;
    const header = "Email,First Name,Last Name,Active,Department,Job Title,Employee ID,Start Date,Site";
    const source: ByteSource = {
      size: 0,
      *chunks() {
        yield utf8(header);
        for (let start = 0; start < 1_000_000; start += 10_000) {
          yield utf8(Array.from({ length: 10_000 }, (_, i) => `\r\n${line(start + i)}`).join(""));
        }
      },
    };
    let rows = 0;
    let last: string[] = [];
    const read = await streamCsv(source, (batch) => {
      rows += batch.rows.length;
      last = batch.rows.at(-1)!.cells;
    });
    expect(read.fileErrors).toEqual([]);
    expect([rows, read.rowCount]).toEqual([1_000_000, 1_000_000]);
    expect(last[0]).toBe("user999999@example.com");
    expect(last[5]).toBe("Manager, Accounts");
  });
});

describe("parseCsvBytes", () => {
  it("decodes, then parses, and reports the encoding", () => {
    const file = bytes([0xff, 0xfe], Buffer.from("Email;Name\r\nrené@x.com;René\r\n", "utf16le"));
    expect(parseCsvBytes(file)).toEqual({
      encoding: "utf-16le",
      delimiter: ";",
      headers: ["Email", "Name"],
      rows: [{ rowNumber: 2, cells: ["rené@x.com", "René"] }],
      fileErrors: [],
      rowIssues: [],
    });
  });

  it("reads Windows-1252 files", () => {
    const parsed = parseCsvBytes(bytes("Email,Name\r\nj@x.com,Jos", [0xe9], "\r\n"));
    expect(parsed.encoding).toBe("windows-1252");
    expect(parsed.rows[0]!.cells).toEqual(["j@x.com", "José"]);
  });

  it("refuses files that are not CSV", () => {
    const parsed = parseCsvBytes(bytes([0x50, 0x4b, 0x03, 0x04], "rest of zip"));
    expect(parsed.fileErrors).toEqual([NON_CSV_MESSAGES.excel]);
    expect(parsed.rows).toEqual([]);
  });

  it("refuses files over maxBytes before decoding them", () => {
    expect(parseCsvBytes(utf8("email\na@x.com\n"), { maxBytes: 10 }).fileErrors).toEqual([
      "This file is larger than 0 MB. Split it into smaller files and upload each.",
    ]);
    const big = new Uint8Array(100 * 1024 * 1024 + 1).fill(0x61);
    expect(parseCsvBytes(big).fileErrors).toEqual([
      "This file is larger than 100 MB. Split it into smaller files and upload each.",
    ]);
  });

  it("passes maxRows through", () => {
    expect(parseCsvBytes(utf8("email\na\nb\n"), { maxRows: 1 }).fileErrors[0]).toMatch(/more than 1 rows/);
  });
});
