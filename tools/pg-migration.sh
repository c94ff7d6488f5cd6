#!/usr/bin/env bash
# Keeps the PostgreSQL migrations (ElectionTool/Data/Migrations/PostgreSQL) in step with the model.
#
#   tools/pg-migration.sh              regenerate: ONE initial PostgreSQL migration from the current (merged) model.
#                                      Use while no PostgreSQL install is in production (today's case): run it after
#                                      merging branches that added SQLite migrations.
#   tools/pg-migration.sh add NAME     add a migration NAME on top of the existing ones (once a PostgreSQL install
#                                      is in production and its database must be upgraded, not recreated).
#   tools/pg-migration.sh check        exit 1 when the model has changes no PostgreSQL migration covers.
#
# Either way the staff-count triggers (PL/pgSQL, from ElectionTool/Data/StaffCountSql.cs) are installed by the
# initial migration; the app also checks them at every start. No database is needed: EF only reads the model.
set -euo pipefail
cd "$(dirname "$0")/.."

folder=ElectionTool/Data/Migrations/PostgreSQL
namespace=ElectionTool.Data.Migrations.PostgreSQL
export Database__Provider=PostgreSQL
# Never connected to: generating a migration only reads the model.
export ConnectionStrings__Default="Host=localhost;Database=electiontool_design"

sqlite_snapshot=ElectionTool/Data/Migrations/ElectionDbContextModelSnapshot.cs
# EF names a new snapshot after the context (ElectionDbContextModelSnapshot) and writes it over SQLite's file of
# that name, wherever it is: keep SQLite's, and file PostgreSQL's as PostgreSQL/PostgreSqlModelSnapshot.cs.
kept=$(mktemp)
cp "$sqlite_snapshot" "$kept"
file_postgresql_snapshot() {
    for candidate in "$sqlite_snapshot" "$folder/ElectionDbContextModelSnapshot.cs"; do
        if [ -f "$candidate" ] && grep -q "^namespace $namespace" "$candidate"; then
            sed 's/partial class ElectionDbContextModelSnapshot : ModelSnapshot/partial class PostgreSqlModelSnapshot : ModelSnapshot/' "$candidate" > "$folder/PostgreSqlModelSnapshot.cs.new"
            rm -f "$candidate"
            mv "$folder/PostgreSqlModelSnapshot.cs.new" "$folder/PostgreSqlModelSnapshot.cs"
        fi
    done
    cp "$kept" "$sqlite_snapshot"
    rm -f "$kept"
}
trap file_postgresql_snapshot EXIT

dotnet tool restore >/dev/null
mode="${1:-regenerate}"
case "$mode" in
  regenerate)
    rm -rf "$folder"
    # With the folder gone the next build has no PostgreSQL migrations; EF writes a fresh snapshot beside the new one.
    dotnet ef migrations add Initial --project ElectionTool --output-dir Data/Migrations/PostgreSQL --namespace "$namespace"
    initial=$(ls "$folder"/*_Initial.cs)
    # The four staff-count triggers go in with the tables (the SQLite side has its own StaffCounts migration).
    perl -0pi -e 's/(\n        \}\n\n        \/\/\/ <inheritdoc \/>\n        protected override void Down)/\n\n            \/\/ The staff-count triggers in PL\/pgSQL (ElectionTool\/Data\/StaffCountSql.cs), then a first count.\n            migrationBuilder.Sql(StaffCountSql.PostgreSql.Reinstall);$1/' "$initial"
    grep -q 'StaffCountSql.PostgreSql.Reinstall' "$initial" || { echo "could not add the staff-count triggers to $initial"; exit 1; }
    echo "Regenerated $initial (with the staff-count triggers)."
    ;;
  add)
    name="${2:?usage: tools/pg-migration.sh add NAME}"
    dotnet ef migrations add "$name" --project ElectionTool --output-dir Data/Migrations/PostgreSQL --namespace "$namespace"
    echo "Added PostgreSQL migration $name. If it rebuilds Employees or Offices, the app reinstalls the staff-count triggers at start."
    ;;
  check)
    dotnet ef migrations has-pending-model-changes --project ElectionTool
    ;;
  *)
    echo "usage: tools/pg-migration.sh [regenerate | add NAME | check]"; exit 2 ;;
esac
