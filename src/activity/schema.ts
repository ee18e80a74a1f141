import type { UpdatedAt } from '../platform/db/schema.ts';

/** The activity module's table (migration 1000_activity_log). */
export interface ActivitySubjectNamesTable {
  organisation_id: string;
  /** The eHerkenning acting subject's pseudonym. */
  subject: string;
  /** What the organisation calls this person (its own choice; shown only to the organisation). */
  name: string;
  /** The pseudonym of the person who gave the name. */
  named_by: string;
  updated_at: UpdatedAt;
}

export interface ActivityTables {
  activity_subject_names: ActivitySubjectNamesTable;
}

declare module '../platform/db/schema.ts' {
  interface DB extends ActivityTables {}
}
