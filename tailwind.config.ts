import type { Config } from 'tailwindcss'

/** Theme tokens. Loaded by src/index.css through `@config` (Tailwind 4). */
export default {
  content: ['./index.html', './src/**/*.{ts,tsx}'],
  theme: {
    extend: {
      colors: {
        status: {
          draft: '#475569',
          'draft-bg': '#f1f5f9',
          active: '#047857',
          'active-bg': '#d1fae5',
          paused: '#92400e',
          'paused-bg': '#fef3c7',
          completed: '#1d4ed8',
          'completed-bg': '#dbeafe',
          cancelled: '#b91c1c',
          'cancelled-bg': '#fee2e2',
        },
        problem: {
          error: '#b91c1c',
          'error-bg': '#fef2f2',
          warning: '#92400e',
          'warning-bg': '#fffbeb',
        },
        brand: { DEFAULT: '#4338ca', hover: '#3730a3', soft: '#eef2ff' },
      },
      fontFamily: {
        sans: ['Inter', 'system-ui', 'Segoe UI', 'Roboto', 'sans-serif'],
      },
    },
  },
} satisfies Config
