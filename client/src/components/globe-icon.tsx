/**
 * A globe drawn as SVG, not the 🌐 emoji: a kiosk without an emoji font (Debian's Chromium
 * without fonts-noto-color-emoji, for one) showed an empty box in its place.
 */
export function GlobeIcon() {
  return (
    <svg className="globe-icon" viewBox="0 0 24 24" width="18" height="18" aria-hidden="true" focusable="false"
      fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round">
      <circle cx="12" cy="12" r="9" />
      <path d="M3 12h18M12 3c2.5 2.6 3.8 5.6 3.8 9s-1.3 6.4-3.8 9M12 3C9.5 5.6 8.2 8.6 8.2 12s1.3 6.4 3.8 9" />
    </svg>
  );
}
