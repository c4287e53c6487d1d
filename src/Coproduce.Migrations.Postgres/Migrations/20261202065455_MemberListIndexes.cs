using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Coproduce.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class MemberListIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_People_SortName",
                table: "People");

            migrationBuilder.DropIndex(
                name: "IX_Memberships_OrganisationId_Status",
                table: "Memberships");

            migrationBuilder.CreateIndex(
                name: "IX_People_SortName_Id",
                table: "People",
                columns: new[] { "SortName", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Memberships_OrganisationId_Status_PersonId",
                table: "Memberships",
                columns: new[] { "OrganisationId", "Status", "PersonId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_People_SortName_Id",
                table: "People");

            migrationBuilder.DropIndex(
                name: "IX_Memberships_OrganisationId_Status_PersonId",
                table: "Memberships");

            migrationBuilder.CreateIndex(
                name: "IX_People_SortName",
                table: "People",
                column: "SortName");

            migrationBuilder.CreateIndex(
                name: "IX_Memberships_OrganisationId_Status",
                table: "Memberships",
                columns: new[] { "OrganisationId", "Status" });
        }
    }
}
