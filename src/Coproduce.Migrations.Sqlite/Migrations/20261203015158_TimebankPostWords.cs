using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Coproduce.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class TimebankPostWords : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "TimebankPostWords",
                columns: table => new
                {
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Word = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    PostId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TimebankPostWords", x => new { x.OrganisationId, x.Word, x.PostId });
                    table.ForeignKey(
                        name: "FK_TimebankPostWords_TimebankPosts_PostId",
                        column: x => x.PostId,
                        principalTable: "TimebankPosts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_TimebankPostWords_PostId",
                table: "TimebankPostWords",
                column: "PostId");

            // The posts already up get their words, split as PostWord.WordsOf splits them: at single spaces (the
            // search text has no other), each cut to 40 characters.
            migrationBuilder.Sql("""
                INSERT OR IGNORE INTO "TimebankPostWords" ("OrganisationId", "Word", "PostId")
                WITH RECURSIVE "Split"("OrganisationId", "PostId", "Word", "Rest") AS (
                    SELECT "OrganisationId", "Id", '', "SearchText" || ' ' FROM "TimebankPosts"
                    UNION ALL
                    SELECT "OrganisationId", "PostId", substr("Rest", 1, instr("Rest", ' ') - 1), substr("Rest", instr("Rest", ' ') + 1)
                    FROM "Split" WHERE "Rest" <> ''
                )
                SELECT DISTINCT "OrganisationId", substr("Word", 1, 40), "PostId" FROM "Split" WHERE "Word" <> '';
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "TimebankPostWords");
        }
    }
}
