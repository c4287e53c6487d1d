using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Coproduce.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class OrganisationDetails : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Organisations_Name",
                table: "Organisations");

            migrationBuilder.AddColumn<string>(
                name: "Address",
                table: "Organisations",
                type: "TEXT",
                maxLength: 300,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Area",
                table: "Organisations",
                type: "TEXT",
                maxLength: 100,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<Guid>(
                name: "CreatedById",
                table: "Organisations",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Email",
                table: "Organisations",
                type: "TEXT",
                maxLength: 254,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Phone",
                table: "Organisations",
                type: "TEXT",
                maxLength: 30,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SearchText",
                table: "Organisations",
                type: "TEXT",
                maxLength: 802,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "SortName",
                table: "Organisations",
                type: "TEXT",
                maxLength: 300,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "SortNameWelsh",
                table: "Organisations",
                type: "TEXT",
                maxLength: 300,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<int>(
                name: "Status",
                table: "Organisations",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<long>(
                name: "SuspendedAt",
                table: "Organisations",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "SuspendedById",
                table: "Organisations",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SuspensionReason",
                table: "Organisations",
                type: "TEXT",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "OrganisationNames",
                columns: table => new
                {
                    AreaKey = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    NameKey = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OrganisationNames", x => new { x.AreaKey, x.NameKey });
                    table.ForeignKey(
                        name: "FK_OrganisationNames_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Organisations_SortName",
                table: "Organisations",
                column: "SortName");

            migrationBuilder.CreateIndex(
                name: "IX_Organisations_SortNameWelsh",
                table: "Organisations",
                column: "SortNameWelsh");

            // Rows made before the kinds changed, onto the new kinds (the numbers that kept their meaning kept their
            // value; see OrganisationKind): a trust (2) and a peer support group host (5) are community groups (3, which
            // was "charity or community group"); a council service (1) was only ever the demo's time-credit network, and
            // 1 is now that. Done before the check constraint, which refuses 2 and 5.
            migrationBuilder.Sql("UPDATE \"Organisations\" SET \"Kind\" = 3 WHERE \"Kind\" IN (2, 5);");

            // The demo's organisations get the areas a fresh demo has; any other demo rows are the benchmark's (`coproduce
            // seed`). Real organisations keep an empty area until a site admin gives them one. Their folded names and
            // search text are filled in on start (OrganisationService.FillMissingSearchTextAsync), since folding in SQL
            // would differ between SQLite and PostgreSQL.
            migrationBuilder.Sql("UPDATE \"Organisations\" SET \"Area\" = 'Bridgend' WHERE \"IsDemo\" "
                + "AND \"Name\" IN ('Garw Valley Timebank', 'Bridgend Time Credits', 'Garw Leisure Centre');");
            migrationBuilder.Sql("UPDATE \"Organisations\" SET \"Area\" = 'Denbighshire' WHERE \"IsDemo\" AND \"Name\" = 'Vale Evening Rider';");
            migrationBuilder.Sql("UPDATE \"Organisations\" SET \"Area\" = 'Cardiff' WHERE \"IsDemo\" AND \"Name\" = 'Our Lives, Our Way';");
            migrationBuilder.Sql("UPDATE \"Organisations\" SET \"Area\" = 'Wales' WHERE \"IsDemo\" AND \"Name\" = 'Wales Co-production Network';");
            migrationBuilder.Sql("UPDATE \"Organisations\" SET \"Area\" = 'Rhondda Cynon Taf' WHERE \"IsDemo\" AND \"Area\" = '';");

            migrationBuilder.AddCheckConstraint(
                name: "CK_Organisations_Kind",
                table: "Organisations",
                sql: "\"Kind\" IN (0, 1, 3, 4, 6, 7, 8)");

            migrationBuilder.AddCheckConstraint(
                name: "CK_Organisations_Status",
                table: "Organisations",
                sql: "(\"Status\" = 0 AND \"SuspendedAt\" IS NULL AND \"SuspensionReason\" IS NULL) OR (\"Status\" = 1 AND \"SuspendedAt\" IS NOT NULL AND \"SuspensionReason\" IS NOT NULL)");

            migrationBuilder.CreateIndex(
                name: "IX_OrganisationNames_OrganisationId",
                table: "OrganisationNames",
                column: "OrganisationId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "OrganisationNames");

            migrationBuilder.DropIndex(
                name: "IX_Organisations_SortName",
                table: "Organisations");

            migrationBuilder.DropIndex(
                name: "IX_Organisations_SortNameWelsh",
                table: "Organisations");

            migrationBuilder.DropCheckConstraint(
                name: "CK_Organisations_Kind",
                table: "Organisations");

            migrationBuilder.DropCheckConstraint(
                name: "CK_Organisations_Status",
                table: "Organisations");

            migrationBuilder.DropColumn(
                name: "Address",
                table: "Organisations");

            migrationBuilder.DropColumn(
                name: "Area",
                table: "Organisations");

            migrationBuilder.DropColumn(
                name: "CreatedById",
                table: "Organisations");

            migrationBuilder.DropColumn(
                name: "Email",
                table: "Organisations");

            migrationBuilder.DropColumn(
                name: "Phone",
                table: "Organisations");

            migrationBuilder.DropColumn(
                name: "SearchText",
                table: "Organisations");

            migrationBuilder.DropColumn(
                name: "SortName",
                table: "Organisations");

            migrationBuilder.DropColumn(
                name: "SortNameWelsh",
                table: "Organisations");

            migrationBuilder.DropColumn(
                name: "Status",
                table: "Organisations");

            migrationBuilder.DropColumn(
                name: "SuspendedAt",
                table: "Organisations");

            migrationBuilder.DropColumn(
                name: "SuspendedById",
                table: "Organisations");

            migrationBuilder.DropColumn(
                name: "SuspensionReason",
                table: "Organisations");

            migrationBuilder.CreateIndex(
                name: "IX_Organisations_Name",
                table: "Organisations",
                column: "Name",
                unique: true);
        }
    }
}
