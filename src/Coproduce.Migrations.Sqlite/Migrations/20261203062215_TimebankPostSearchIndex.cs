using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Coproduce.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class TimebankPostSearchIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_TimebankPosts_Id_OrganisationId_Status_Kind_EndsOn_CreatedAt",
                table: "TimebankPosts",
                columns: new[] { "Id", "OrganisationId", "Status", "Kind", "EndsOn", "CreatedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_TimebankPosts_Id_OrganisationId_Status_Kind_EndsOn_CreatedAt",
                table: "TimebankPosts");
        }
    }
}
