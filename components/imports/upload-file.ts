import type { ImportOptions } from "@/lib/server/imports/import-options";

export type UploadResult = { ok: true; importId: string } | { ok: false; errors: string[] };

/** Sends the file as the raw request body with XMLHttpRequest, which (unlike fetch) reports upload progress. */
export function uploadCsv(file: File, options: ImportOptions, onProgress: (fraction: number) => void): Promise<UploadResult> {
  const params = new URLSearchParams({
    fileName: file.name,
    mode: options.mode,
    sendWelcome: String(options.sendWelcome),
    blankClears: String(options.blankClears),
  });
  return new Promise((resolve) => {
    const request = new XMLHttpRequest();
    request.open("POST", `/api/imports/upload?${params}`);
    request.setRequestHeader("Content-Type", "text/csv");
    request.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress(event.loaded / event.total);
    };
    request.onload = () => {
      try {
        const body = JSON.parse(request.responseText) as { importId?: string; errors?: string[] };
        if (request.status === 201 && body.importId) resolve({ ok: true, importId: body.importId });
        else resolve({ ok: false, errors: body.errors ?? [`The upload failed (HTTP ${request.status}). Try again.`] });
      } catch {
        resolve({ ok: false, errors: [`The upload failed (HTTP ${request.status}). Try again.`] });
      }
    };
    request.onerror = () => resolve({ ok: false, errors: ["The upload was interrupted. Check your connection and try again."] });
    request.send(file);
  });
}
