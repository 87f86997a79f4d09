CREATE TABLE "perf_goals" (
	"id" text PRIMARY KEY NOT NULL,
	"plan_id" text NOT NULL,
	"year" integer NOT NULL,
	"code" text NOT NULL,
	"statement" text NOT NULL,
	"statement_en" text,
	"sort_order" integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "perf_indicator_budgets" (
	"indicator_id" text PRIMARY KEY NOT NULL,
	"ceiling" bigint NOT NULL,
	"realized" bigint NOT NULL,
	"note" text,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "perf_indicators" (
	"id" text PRIMARY KEY NOT NULL,
	"goal_id" text NOT NULL,
	"year" integer NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"name_en" text,
	"definition" text DEFAULT '' NOT NULL,
	"unit" text NOT NULL,
	"decimals" integer DEFAULT 2 NOT NULL,
	"direction" text NOT NULL,
	"band_low" double precision,
	"band_high" double precision,
	"source" text NOT NULL,
	"measure_key" text,
	"measure_params" jsonb,
	"quarterly_rule" text DEFAULT 'same' NOT NULL,
	"responsible_unit_id" text,
	"weight" double precision DEFAULT 1 NOT NULL,
	"evidence_required" boolean DEFAULT true NOT NULL,
	"source_note" text,
	"sort_order" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "perf_plans" (
	"id" text PRIMARY KEY NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"start_year" integer NOT NULL,
	"end_year" integer NOT NULL,
	"achievement_cap" double precision,
	"category_bands" jsonb,
	"efficiency_standard" double precision DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "perf_plans_code_unique" UNIQUE("code")
);
--> statement-breakpoint
CREATE TABLE "perf_realizations" (
	"id" text PRIMARY KEY NOT NULL,
	"indicator_id" text NOT NULL,
	"period" integer NOT NULL,
	"value" double precision,
	"numerator" double precision,
	"denominator" double precision,
	"computed_at" timestamp with time zone,
	"note" text,
	"evidence_links" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"evidence_file_ids" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"status_comment" text,
	"submitted_by" text,
	"submitted_at" timestamp with time zone,
	"approved_by" text,
	"approved_at" timestamp with time zone,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "perf_targets" (
	"indicator_id" text NOT NULL,
	"period" integer NOT NULL,
	"value" double precision NOT NULL
);
--> statement-breakpoint
ALTER TABLE "perf_goals" ADD CONSTRAINT "perf_goals_plan_id_perf_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."perf_plans"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "perf_indicator_budgets" ADD CONSTRAINT "perf_indicator_budgets_indicator_id_perf_indicators_id_fk" FOREIGN KEY ("indicator_id") REFERENCES "public"."perf_indicators"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "perf_indicators" ADD CONSTRAINT "perf_indicators_goal_id_perf_goals_id_fk" FOREIGN KEY ("goal_id") REFERENCES "public"."perf_goals"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "perf_realizations" ADD CONSTRAINT "perf_realizations_indicator_id_perf_indicators_id_fk" FOREIGN KEY ("indicator_id") REFERENCES "public"."perf_indicators"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "perf_targets" ADD CONSTRAINT "perf_targets_indicator_id_perf_indicators_id_fk" FOREIGN KEY ("indicator_id") REFERENCES "public"."perf_indicators"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "perf_goals_year_code_uq" ON "perf_goals" USING btree ("year","code");--> statement-breakpoint
CREATE UNIQUE INDEX "perf_indicators_year_code_uq" ON "perf_indicators" USING btree ("year","code");--> statement-breakpoint
CREATE INDEX "perf_indicators_goal_idx" ON "perf_indicators" USING btree ("goal_id");--> statement-breakpoint
CREATE UNIQUE INDEX "perf_realizations_uq" ON "perf_realizations" USING btree ("indicator_id","period");--> statement-breakpoint
CREATE UNIQUE INDEX "perf_targets_uq" ON "perf_targets" USING btree ("indicator_id","period");