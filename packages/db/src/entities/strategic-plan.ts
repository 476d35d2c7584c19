import {
  ArrayType,
  Collection,
  Entity,
  ManyToOne,
  OneToMany,
  Property,
  Unique,
  type Opt,
  type Rel,
} from "@mikro-orm/core";

import { DistrictScoped } from "./base.js";

/** The district's multi-year Strategic Improvement Plan (e.g. 2021-2026). */
@Entity({ tableName: "strategic_plan" })
@Unique({ properties: ["district", "startYear"] })
export class StrategicPlan extends DistrictScoped {
  @Property({ type: "string" })
  title!: string;

  @Property({ type: "smallint" })
  startYear!: number;

  @Property({ type: "smallint" })
  endYear!: number;

  /** The addendum's choice of priority objectives: the day it was made and how many it chose. */
  @Property({ type: "date", nullable: true })
  prioritiesChosenOn: string | null = null;

  @Property({ type: "smallint", nullable: true })
  priorityCount: number | null = null;

  @OneToMany(() => StrategicGoal, (g) => g.plan, { orderBy: { number: "asc" } })
  goals = new Collection<StrategicGoal>(this);
}

@Entity({ tableName: "strategic_goal" })
@Unique({ properties: ["district", "plan", "number"] })
export class StrategicGoal extends DistrictScoped {
  @ManyToOne(() => StrategicPlan, { deleteRule: "cascade" })
  plan!: Rel<StrategicPlan>;

  @Property({ type: "smallint" })
  number!: number;

  @Property({ type: "string" })
  title!: string;

  @Property({ type: "text" })
  description: Opt<string> = "";

  @OneToMany(() => PerformanceObjective, (o) => o.goal, { orderBy: { code: "asc" } })
  objectives = new Collection<PerformanceObjective>(this);
}

@Entity({ tableName: "performance_objective" })
@Unique({ properties: ["district", "goal", "code"] })
export class PerformanceObjective extends DistrictScoped {
  @ManyToOne(() => StrategicGoal, { deleteRule: "cascade" })
  goal!: Rel<StrategicGoal>;

  @Property({ type: "string", length: 16 })
  code!: string;

  @Property({ type: "text" })
  description!: string;

  /** One of the district's priority objectives (the plan's addendum). */
  @Property({ type: "boolean" })
  priority: Opt<boolean> = false;

  @OneToMany(() => StrategicInitiative, (i) => i.objective, { orderBy: { code: "asc" } })
  initiatives = new Collection<StrategicInitiative>(this);
}

@Entity({ tableName: "strategic_initiative" })
@Unique({ properties: ["district", "objective", "code"] })
export class StrategicInitiative extends DistrictScoped {
  @ManyToOne(() => PerformanceObjective, { deleteRule: "cascade" })
  objective!: Rel<PerformanceObjective>;

  @Property({ type: "string", length: 16 })
  code!: string;

  @Property({ type: "text" })
  description!: string;

  @OneToMany(() => StrategicActionStep, (s) => s.initiative, { orderBy: { code: "asc" } })
  actionSteps = new Collection<StrategicActionStep>(this);
}

@Entity({ tableName: "strategic_action_step" })
@Unique({ properties: ["district", "initiative", "code"] })
export class StrategicActionStep extends DistrictScoped {
  @ManyToOne(() => StrategicInitiative, { deleteRule: "cascade" })
  initiative!: Rel<StrategicInitiative>;

  /** Numbered like 5.1.2a. */
  @Property({ type: "string", length: 16 })
  code!: string;

  @Property({ type: "text" })
  description!: string;

  /** Georgia Vision for Public Education references, e.g. ["9.1"]. */
  @Property({ type: ArrayType })
  gvpeReferences: Opt<string[]> = [];
}
