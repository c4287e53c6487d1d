using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Coproduce.Migrations.Postgres.Migrations
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
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    Word = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    PostId = table.Column<Guid>(type: "uuid", nullable: false)
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
                INSERT INTO "TimebankPostWords" ("OrganisationId", "Word", "PostId")
                SELECT DISTINCT p."OrganisationId", left(w, 40), p."Id"
                FROM "TimebankPosts" p, regexp_split_to_table(p."SearchText", ' ') AS w
                WHERE w <> ''
                ON CONFLICT DO NOTHING;
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
