"use client";

import { useRouter } from "next/navigation";
import { useEffect, useEffectEvent, useId, useRef, useState, useTransition } from "react";
import { callAction } from "@/components/forms/call-action";
import { FileDropZone } from "@/components/imports/file-drop-zone";
import { ImportOptionsFields } from "@/components/imports/import-options-fields";
import { uploadCsv } from "@/components/imports/upload-file";
import { FormAlert } from "@/components/forms/form-alert";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardFooter, CardHeader, CardTitle } from "@/components/ui/card";
import { Label } from "@/components/ui/label";
import { Progress } from "@/components/ui/progress";
import { Textarea } from "@/components/ui/textarea";
import type { ImportOptions } from "@/lib/server/imports/import-options";
import { START_IMPORT_CHOOSE_ONE, START_IMPORT_NOTHING } from "@/lib/validations/imports";
import { createTextboxImport } from "@/app/(app)/users/import/actions";

const DEFAULT_OPTIONS: ImportOptions = { mode: "upsert", sendWelcome: true, blankClears: false, groupsMode: "set", newGroups: "create" };

/**
 * The first step: users typed into the box, or a CSV file. Until the page is
 * interactive (or without JavaScript) the browser posts the form itself to
 * the upload route, which answers like a page; once it is, the file goes up
 * with a progress bar and the box through its server action. `initialErrors`
 * are what the route sent back to the page.
 */
export function ImportStart({ initialErrors = [] }: { initialErrors?: string[] }) {
  const router = useRouter();
  const textId = useId();
  const [text, setText] = useState("");
  const [file, setFile] = useState<File | null>(null);
  const [options, setOptions] = useState<ImportOptions>(DEFAULT_OPTIONS);
  const [errors, setErrors] = useState<string[]>(initialErrors);
  const [progress, setProgress] = useState<number | null>(null);
  const [pending, startTransition] = useTransition();
  const busy = pending || progress !== null;
  const textbox = useRef<HTMLTextAreaElement>(null);
  // Users typed or pasted before the page was interactive are only in the box, not in `text`.
  const adoptEarlyText = useEffectEvent(() => {
    const early = textbox.current?.value;
    if (early) setText(early);
  });
  useEffect(() => adoptEarlyText(), []);

  function submit(event: React.FormEvent) {
    event.preventDefault();
    setErrors([]);
    if (file && text.trim()) return setErrors([START_IMPORT_CHOOSE_ONE]);
    if (!file && !text.trim()) return setErrors([START_IMPORT_NOTHING]);

    if (file) {
      if (!/\.csv$/i.test(file.name) && file.type !== "text/csv") {
        // The server checks the bytes too; this catches the obvious case before uploading.
        if (/\.(xlsx|xls|xlsm|ods|numbers)$/i.test(file.name))
          return setErrors(["This is a spreadsheet workbook, not a CSV file. In Excel choose File → Save As → “CSV UTF-8 (Comma delimited) (*.csv)” and upload that file."]);
      }
      setProgress(0);
      void uploadCsv(file, options, setProgress).then((result) => {
        if (result.ok) router.push(`/users/import/${result.importId}/map`);
        else {
          setProgress(null);
          setErrors(result.errors);
        }
      });
      return;
    }

    startTransition(async () => {
      const result = await callAction(() => createTextboxImport({ text, options }));
      if (!result) return;
      if (result.ok) router.push(`/users/import/${result.data.importId}/review`);
      else setErrors([result.fieldErrors?.text?.[0] ?? result.formError ?? "Something went wrong."]);
    });
  }

  return (
    <form method="post" action="/api/imports/upload" encType="multipart/form-data" onSubmit={submit} className="grid gap-6" noValidate>
      {/* What the option controls show, for the form the browser posts itself (they are buttons, not inputs). */}
      <input type="hidden" name="mode" value={options.mode} />
      <input type="hidden" name="sendWelcome" value={String(options.sendWelcome)} />
      <input type="hidden" name="blankClears" value={String(options.blankClears)} />
      <div className="grid gap-6 lg:grid-cols-2">
        <Card>
          <CardHeader>
            <CardTitle>Type or paste users</CardTitle>
            <CardDescription>For one or a few users: one per line, as <code className="font-mono text-xs">email, first name, last name</code>. Names are optional.</CardDescription>
          </CardHeader>
          <CardContent className="grid gap-2">
            <Label htmlFor={textId} className="sr-only">
              Users to add, one per line
            </Label>
            <Textarea
              ref={textbox}
              id={textId}
              name="text"
              value={text}
              onChange={(event) => setText(event.target.value)}
              disabled={busy}
              rows={8}
              spellCheck={false}
              placeholder={"jane.doe@example.com, Jane, Doe\nsam.lee@example.com"}
              className="min-h-40 bg-background font-mono text-sm"
            />
          </CardContent>
        </Card>
        <Card>
          <CardHeader>
            <CardTitle>Upload a CSV file</CardTitle>
            <CardDescription>For many users: fill in the CSV template (Email, First Name, Last Name, Active, your profile fields and Groups: several group names in one cell, separated by “;”).</CardDescription>
          </CardHeader>
          <CardContent className="grid gap-3">
            <FileDropZone name="file" file={file} onFile={(next) => { setFile(next); setErrors([]); }} disabled={busy} />
            {progress !== null && (
              <div className="grid gap-1.5" aria-live="polite">
                <Progress value={Math.round(progress * 100)} aria-label="Upload progress" />
                <p className="text-xs text-muted-foreground">{progress < 1 ? `Uploading… ${Math.round(progress * 100)}%` : "Reading the file…"}</p>
              </div>
            )}
          </CardContent>
        </Card>
      </div>
      <Card>
        <CardContent className="pt-6">
          <ImportOptionsFields value={options} onChange={setOptions} disabled={busy} />
        </CardContent>
        <CardFooter className="flex flex-col items-stretch gap-4 border-t pt-6 sm:flex-row sm:items-center sm:justify-between">
          <div className="flex-1">{errors.length > 0 && <FormAlert message={errors.join(" ")} />}</div>
          <Button type="submit" size="lg" disabled={busy}>
            {busy ? "Working…" : "Import Users"}
          </Button>
        </CardFooter>
      </Card>
      <p className="text-sm text-muted-foreground">Nothing is saved yet: you&apos;ll check the column mapping and review every change before anything is written.</p>
    </form>
  );
}
