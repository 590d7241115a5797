/** Toolbar icons as inline SVG: crisp at any zoom, coloured by currentColor, no icon font. */
import { cardKind, type CardKindId } from '@samkarta/shared';

const common = { width: 22, height: 22, viewBox: '0 0 24 24', 'aria-hidden': true } as const;

export function SelectIcon() {
  return (
    <svg {...common} fill="none" stroke="currentColor" strokeWidth={1.8} strokeLinejoin="round">
      <path d="M5 3.5v15.5l4.3-4.2 2.9 6.4 2.7-1.2-2.9-6.3h6.1z" />
    </svg>
  );
}

export function ActorIcon() {
  return (
    <svg {...common} fill="none" stroke="currentColor" strokeWidth={1.8}>
      <rect x="2.5" y="6" width="19" height="12" rx="3.5" />
      <circle cx="8" cy="12" r="2.2" />
      <path d="M12.5 10.5h6M12.5 13.5h4" strokeLinecap="round" />
    </svg>
  );
}

export function CardIcon({ kind }: { kind: CardKindId }) {
  const { fill, stroke } = cardKind(kind);
  return (
    <svg {...common}>
      <rect x="4" y="4" width="16" height="16" rx="2.5" fill={fill} stroke={stroke} strokeWidth={1.6} />
      <rect x="4" y="4" width="16" height="3.2" rx="1.5" fill={stroke} />
      <path d="M7.5 11.5h9M7.5 15h6" stroke={stroke} strokeWidth={1.5} strokeLinecap="round" />
    </svg>
  );
}

export function ConnectIcon() {
  return (
    <svg {...common} fill="none" stroke="currentColor" strokeWidth={1.8} strokeLinecap="round">
      <rect x="2" y="14" width="7" height="7" rx="2" />
      <rect x="15" y="3" width="7" height="7" rx="2" />
      <path d="M9 17.5 15.5 9.5M15.5 9.5h-4M15.5 9.5v4" />
    </svg>
  );
}

export function LaserIcon() {
  return (
    <svg {...common} fill="none" stroke="currentColor" strokeWidth={1.7} strokeLinecap="round">
      <path d="M4 20l9-9" />
      <circle cx="16" cy="8" r="2.6" fill="currentColor" />
      <path d="M16 2.5v1.6M21.5 8h-1.6M19.9 4.1l-1.1 1.1" />
    </svg>
  );
}

export function HandIcon() {
  return (
    <svg {...common} fill="none" stroke="currentColor" strokeWidth={1.7} strokeLinecap="round" strokeLinejoin="round">
      <path d="M8 12.5V5.8a1.4 1.4 0 0 1 2.8 0v5.7M10.8 11V4.4a1.4 1.4 0 0 1 2.8 0V11M13.6 11V5.6a1.4 1.4 0 0 1 2.8 0V12" />
      <path d="M16.4 9.6a1.4 1.4 0 0 1 2.8 0v4.6a7 7 0 0 1-7 7h-.6a6 6 0 0 1-4.9-2.6l-2.9-4.3a1.5 1.5 0 0 1 2.3-1.9L8 14.2" />
    </svg>
  );
}

export function UndoIcon() {
  return (
    <svg {...common} fill="none" stroke="currentColor" strokeWidth={1.8} strokeLinecap="round" strokeLinejoin="round">
      <path d="M9 14 4 9l5-5" />
      <path d="M4 9h10.5a5.5 5.5 0 0 1 0 11H11" />
    </svg>
  );
}

export function RedoIcon() {
  return (
    <svg {...common} fill="none" stroke="currentColor" strokeWidth={1.8} strokeLinecap="round" strokeLinejoin="round">
      <path d="m15 14 5-5-5-5" />
      <path d="M20 9H9.5a5.5 5.5 0 0 0 0 11H13" />
    </svg>
  );
}

export function PenIcon() {
  return (
    <svg {...common} fill="none" stroke="currentColor" strokeWidth={1.8} strokeLinejoin="round" strokeLinecap="round">
      <path d="M4 20l1.2-4.6L16.4 4.2a2 2 0 0 1 2.8 0l.6.6a2 2 0 0 1 0 2.8L8.6 18.8z" />
      <path d="M14.5 6l3.5 3.5" />
    </svg>
  );
}

export function EraserIcon() {
  return (
    <svg {...common} fill="none" stroke="currentColor" strokeWidth={1.8} strokeLinejoin="round" strokeLinecap="round">
      <path d="M9 20h11M4.7 14.3l9.6-9.6a2 2 0 0 1 2.8 0l2.2 2.2a2 2 0 0 1 0 2.8L11 18.1a4 4 0 0 1-5.6 0l-.7-.7a2.2 2.2 0 0 1 0-3.1z" />
      <path d="M9 10l5 5" />
    </svg>
  );
}

export function ZoneIcon() {
  return (
    <svg {...common} fill="none" stroke="currentColor" strokeWidth={1.8} strokeDasharray="3 2.5">
      <rect x="3" y="4" width="18" height="16" rx="3" />
    </svg>
  );
}

export function LevelsIcon() {
  return (
    <svg {...common} fill="none" stroke="currentColor" strokeWidth={1.8}>
      <rect x="3" y="3.5" width="18" height="17" rx="2.5" />
      <path d="M3 7.75h18M3 12h18M3 16.25h18" />
    </svg>
  );
}

export function TextIcon() {
  return (
    <svg {...common} fill="none" stroke="currentColor" strokeWidth={1.9} strokeLinecap="round">
      <path d="M5 6V4.5h14V6M12 4.5v15M9 19.5h6" />
    </svg>
  );
}

export function ListIcon() {
  return (
    <svg {...common} fill="none" stroke="currentColor" strokeWidth={1.8} strokeLinecap="round">
      <path d="M9 6h11M9 12h11M9 18h11" />
      <circle cx="4.5" cy="6" r="1.2" fill="currentColor" />
      <circle cx="4.5" cy="12" r="1.2" fill="currentColor" />
      <circle cx="4.5" cy="18" r="1.2" fill="currentColor" />
    </svg>
  );
}
