"use client"

import * as React from "react"
import {
  CircleCheckIcon,
  InfoIcon,
  Loader2Icon,
  OctagonXIcon,
  TriangleAlertIcon,
} from "lucide-react"
import { Toaster as Sonner, type ToasterProps } from "sonner"

type Theme = NonNullable<ToasterProps["theme"]>

/**
 * Rollcall has no next-themes; dark mode is the `.dark` class on <html>.
 * Follow that class so toasts match the rest of the UI.
 */
function subscribeToThemeClass(onChange: () => void) {
  const observer = new MutationObserver(onChange)
  observer.observe(document.documentElement, {
    attributes: true,
    attributeFilter: ["class"],
  })
  return () => observer.disconnect()
}

function useDocumentTheme(): Theme {
  return React.useSyncExternalStore(
    subscribeToThemeClass,
    () =>
      document.documentElement.classList.contains("dark") ? "dark" : "light",
    () => "light"
  )
}

const Toaster = ({ theme, ...props }: ToasterProps) => {
  const documentTheme = useDocumentTheme()

  return (
    <Sonner
      theme={theme ?? documentTheme}
      className="toaster group"
      icons={{
        success: <CircleCheckIcon className="size-4" />,
        info: <InfoIcon className="size-4" />,
        warning: <TriangleAlertIcon className="size-4" />,
        error: <OctagonXIcon className="size-4" />,
        loading: <Loader2Icon className="size-4 animate-spin" />,
      }}
      style={
        {
          "--normal-bg": "var(--popover)",
          "--normal-text": "var(--popover-foreground)",
          "--normal-border": "var(--border)",
          "--border-radius": "var(--radius)",
        } as React.CSSProperties
      }
      {...props}
    />
  )
}

export { Toaster }
