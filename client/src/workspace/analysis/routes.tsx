import type { RouteObject } from 'react-router';

/** Screens of the analysis area, mounted under /workspace (paths relative to it). */
export const analysisRoutes: RouteObject[] = [];

/** Links the layout adds to the main navigation. */
export const analysisNav: { to: string; label: { en: string; fr: string } }[] = [];
