/**
 * The contract between the ingest's chapter MDX and the site: the components a chapter document
 * may use and the props each takes. The emitter (scripts/ingest/emit-mdx.ts) writes only these,
 * and the components declare these props, so a name or prop can never drift between the two.
 * The MDX carries references only; every fact is read from plan.json by the page context.
 */

/** A section of the chapter page: `<Section anchor="s2">…</Section>`, its blocks inside. */
export interface SectionProps {
  /** The section's anchor in plan.json, `s<n>`. */
  anchor: string;
}

/** A paragraph: `<P anchor="s2-p1" />`; its number, lead and text come from plan.json. */
export interface ParagraphProps {
  /** The paragraph's anchor in plan.json, `s<m>-p<k>` or `s0-p<k>`. */
  anchor: string;
}

/** A table where it stands: `<PlanTable n={1} />`. */
export interface PlanTableProps {
  /** `n` of the table in the plan's `tables`. */
  n: number;
}

/** A featured column where it stands: `<PlanColumn n={1} />`. */
export interface PlanColumnProps {
  /** `n` of the column in the plan's `columns`. */
  n: number;
}

/** Every component a chapter document uses, by name, with its props. */
export interface MdxComponentProps {
  Section: SectionProps;
  P: ParagraphProps;
  PlanTable: PlanTableProps;
  PlanColumn: PlanColumnProps;
}

export type MdxComponentName = keyof MdxComponentProps;

export const MDX_COMPONENT_NAMES: readonly MdxComponentName[] = ['Section', 'P', 'PlanTable', 'PlanColumn'];

/** Frontmatter of one chapter document, `<plan-id>/chapters/<nn>.mdx`: which chapter it is, nothing more. */
export interface ChapterFrontmatter {
  /** Id of the plan the chapter belongs to. */
  plan: string;
  /** 1-based position of the chapter in its plan; its page is /plans/<plan>/<chapter>/. */
  chapter: number;
}
