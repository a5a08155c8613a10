// How a claim's status is shown: its label, codicon and theme colour.
export const STATUS_LABELS: Record<string, string> = {
  verified: 'Verified',
  disputed: 'Disputed',
  'needs-source': 'Needs source',
  unverified: 'Unverified',
};
export const STATUS_ICONS: Record<string, string> = {
  verified: 'pass-filled',
  disputed: 'error',
  'needs-source': 'question',
  unverified: 'circle-large-outline',
};
export const STATUS_COLORS: Record<string, string> = {
  verified: 'testing.iconPassed',
  disputed: 'testing.iconFailed',
  'needs-source': 'editorWarning.foreground',
  unverified: 'descriptionForeground',
};

