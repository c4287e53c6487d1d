using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Coproduce.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class OneOpenAccountPerMember : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_LedgerAccounts_OpenMemberAccount",
                table: "LedgerAccounts",
                columns: new[] { "OwnerId", "HeldAtOrganisationId" },
                unique: true,
                filter: "\"OwnerKind\" = 1 AND \"Purpose\" = 1 AND \"ClosedAt\" IS NULL AND \"HeldAtOrganisationId\" IS NOT NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_LedgerAccounts_OpenMemberAccount",
                table: "LedgerAccounts");
        }
    }
}
