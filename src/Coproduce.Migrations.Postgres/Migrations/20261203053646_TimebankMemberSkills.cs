using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Coproduce.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class TimebankMemberSkills : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "TimebankMemberSkills",
                columns: table => new
                {
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    PersonId = table.Column<Guid>(type: "uuid", nullable: false),
                    CategoryId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    AddedById = table.Column<Guid>(type: "uuid", nullable: false),
                    AddedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TimebankMemberSkills", x => new { x.OrganisationId, x.PersonId, x.CategoryId, x.Kind });
                    table.ForeignKey(
                        name: "FK_TimebankMemberSkills_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_TimebankMemberSkills_People_AddedById",
                        column: x => x.AddedById,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_TimebankMemberSkills_People_PersonId",
                        column: x => x.PersonId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_TimebankMemberSkills_TimebankCategories_CategoryId",
                        column: x => x.CategoryId,
                        principalTable: "TimebankCategories",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_TimebankMemberSkills_AddedById",
                table: "TimebankMemberSkills",
                column: "AddedById");

            migrationBuilder.CreateIndex(
                name: "IX_TimebankMemberSkills_CategoryId",
                table: "TimebankMemberSkills",
                column: "CategoryId");

            migrationBuilder.CreateIndex(
                name: "IX_TimebankMemberSkills_OrganisationId_CategoryId_Kind",
                table: "TimebankMemberSkills",
                columns: new[] { "OrganisationId", "CategoryId", "Kind" });

            migrationBuilder.CreateIndex(
                name: "IX_TimebankMemberSkills_PersonId",
                table: "TimebankMemberSkills",
                column: "PersonId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "TimebankMemberSkills");
        }
    }
}
