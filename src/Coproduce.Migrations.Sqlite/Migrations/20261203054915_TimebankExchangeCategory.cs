using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Coproduce.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class TimebankExchangeCategory : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "CategoryId",
                table: "TimebankExchanges",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "PostId",
                table: "TimebankExchanges",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_TimebankExchanges_CategoryId",
                table: "TimebankExchanges",
                column: "CategoryId");

            migrationBuilder.CreateIndex(
                name: "IX_TimebankExchanges_PostId",
                table: "TimebankExchanges",
                column: "PostId");

            migrationBuilder.AddForeignKey(
                name: "FK_TimebankExchanges_TimebankCategories_CategoryId",
                table: "TimebankExchanges",
                column: "CategoryId",
                principalTable: "TimebankCategories",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_TimebankExchanges_TimebankPosts_PostId",
                table: "TimebankExchanges",
                column: "PostId",
                principalTable: "TimebankPosts",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_TimebankExchanges_TimebankCategories_CategoryId",
                table: "TimebankExchanges");

            migrationBuilder.DropForeignKey(
                name: "FK_TimebankExchanges_TimebankPosts_PostId",
                table: "TimebankExchanges");

            migrationBuilder.DropIndex(
                name: "IX_TimebankExchanges_CategoryId",
                table: "TimebankExchanges");

            migrationBuilder.DropIndex(
                name: "IX_TimebankExchanges_PostId",
                table: "TimebankExchanges");

            migrationBuilder.DropColumn(
                name: "CategoryId",
                table: "TimebankExchanges");

            migrationBuilder.DropColumn(
                name: "PostId",
                table: "TimebankExchanges");
        }
    }
}
